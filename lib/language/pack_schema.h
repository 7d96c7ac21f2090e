#pragma once
// The declared schema of every file a language pack may hold: which capability it belongs to,
// whether that capability needs it, and what each column may contain. Checked once when a pack
// is loaded, so a broken line fails with its file and line before any stage reads it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "language/language_pack.h"

namespace finex::pack_schema {

// The capability a pack file belongs to, or nothing when no schema knows the file.
std::optional<Capability> capability_of(std::string_view file_name);

// True when some schema describes a file of this name.
bool known(std::string_view file_name);

// The files a pack that provides `c` must hold.
std::vector<std::string_view> required_files(Capability c);

// Checks every line of a pack file (or a shared file) against its schema. Returns
// "<path>:<line>: <problem>" for the first bad line, or an empty string.
std::string check(std::string_view file_name, std::string_view contents, std::string_view path);

}  // namespace finex::pack_schema
