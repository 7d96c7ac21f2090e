#pragma once
// Turns the command line's paths into the ordered list of documents to read.
#include <string>
#include <vector>

namespace finex::cli {

struct Input {
  std::string path;   // as shown in the output's "document"; "-" for standard input
  std::string error;  // set when the path cannot be listed (does not exist, not readable)
};

// Files stay as given; folders are searched recursively for files ending in `extension`, in
// sorted order, without following symbolic links to folders (which could loop).
std::vector<Input> list_inputs(const std::vector<std::string>& paths, const std::string& extension);

// Reads a whole file (or standard input for "-"). Returns false with `error` set on failure.
bool read_input(const std::string& path, std::string& contents, std::string& error);

}  // namespace finex::cli
