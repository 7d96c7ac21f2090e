#pragma once
// Figures that need a process of their own: the command-line program over a folder, and the
// peak memory of extraction, which must not count the corpus the benchmark keeps in memory.
#include <string>

namespace finex::bench {

// Wall seconds of `cli extract folder -j jobs` with its output discarded; negative when the
// program could not run or reported bad usage.
double cli_seconds(const std::string& cli, const std::string& folder, int jobs);

// Wall seconds until `copies` processes of `cli extract folder -j 1`, started at once, are all
// done; negative when one could not run.
double concurrent_cli_seconds(const std::string& cli, const std::string& folder, int copies);

// Wall seconds of `cat folder/* > /dev/null`: what reading the files costs on this machine.
double cat_seconds(const std::string& folder);
// Runs `command` and returns the number it prints on its last line; negative on failure.
double number_printed_by(const std::string& command);

// The path of this executable.
std::string own_path();

}  // namespace finex::bench
