#pragma once
// Turns the command line's paths into the ordered list of documents to read, and reads one.
// Listing keeps only paths; documents are read later, one per worker, so a folder of 10,000
// articles never sits in memory at once.
#include <cstddef>
#include <string>
#include <vector>

#include "finex/result.h"

namespace finex::cli {

struct Input {
  std::string path;   // as shown in the output's "document"; "-" for standard input
  std::string error;  // set when the path cannot be listed: the input becomes an error record
  bool listed = false;  // found in a folder rather than named: read only if a regular file
  bool regular = false;  // listed as a regular file (not through a link): no need to look again
};

// Files stay as given; folders are searched recursively for files ending in one of
// `extensions` (".txt"; case ignored), each folder's entries in name order. Hidden files and
// folders (a name starting with '.') are skipped, and so is `output`, the file the run writes
// to. Symbolic links to folders are not followed (they could loop); a folder that cannot be
// listed becomes one input with `error` set.
std::vector<Input> list_inputs(const std::vector<std::string>& paths,
                               const std::vector<std::string>& extensions, const std::string& output = "");

// Whether `name` ends in `extension`, case ignored: "Report.HTML" ends in ".html".
bool has_extension(const std::string& name, const std::string& extension);

// Reads a file (or standard input for "-") into `contents`, whose capacity is reused, never
// more than `max_bytes` + 1 of it: a larger input fails as "too_large", a regular file before
// it is read. A listed input that is no regular file (a named pipe, a socket, a device, also
// behind a link) fails as "not_a_file" without being opened, since opening or reading it may
// never end (one listed as a regular file is opened without a look first, and without
// blocking: one replaced since is found out before it is read); one named on the command line
// is read, up to the cap. Returns false with `error` set on failure ("unreadable",
// "not_a_file", "too_large").
bool read_input(const Input& input, std::size_t max_bytes, std::string& contents, Error& error);

}  // namespace finex::cli
