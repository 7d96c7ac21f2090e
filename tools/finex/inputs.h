#pragma once
// Turns the command line's paths into the ordered list of documents to read, and reads one.
// Listing keeps only paths; documents are read later, one per worker, so a folder of 10,000
// articles never sits in memory at once.
#include <string>
#include <vector>

namespace finex::cli {

struct Input {
  std::string path;   // as shown in the output's "document"; "-" for standard input
  std::string error;  // set when the path cannot be listed: the input becomes an error record
};

// Files stay as given; folders are searched recursively for files ending in one of
// `extensions` (".txt"; case ignored), each folder's entries in name order. Symbolic links to
// folders are not followed (they could loop); a folder that cannot be listed becomes one input
// with `error` set.
std::vector<Input> list_inputs(const std::vector<std::string>& paths,
                               const std::vector<std::string>& extensions);

// Whether `name` ends in `extension`, case ignored: "Report.HTML" ends in ".html".
bool has_extension(const std::string& name, const std::string& extension);

// Reads a whole file (or standard input for "-") into `contents`, whose capacity is reused.
// Returns false with `error` set on failure.
bool read_input(const std::string& path, std::string& contents, std::string& error);

}  // namespace finex::cli
