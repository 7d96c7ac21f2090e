#pragma once
// The exit statuses of `finex`, documented in --help.
namespace finex::cli {

constexpr int kExitOk = 0;              // every document processed
constexpr int kExitDocumentErrors = 1;  // some documents had errors (each has its error record)
constexpr int kExitUsage = 2;           // bad command line, or paths that select no document
constexpr int kExitWriteFailed = 3;     // the output could not be written (disk full, ...)

}  // namespace finex::cli
