#pragma once
// Start-up in large pages. The extractor builds some 25 MB of tables when it starts; in 4 KB
// pages that is 7,000 page faults, about half the start-up time of a run over a few files and
// what keeps `-j 2` from doubling the speed of a run over a folder. glibc's allocator can grow
// its heap in large steps that the kernel backs with 2 MB pages, but it reads those settings
// from the environment only, when a process starts.
namespace finex::cli {

// Starts this program again with those settings (GLIBC_TUNABLES), once; returns when
// GLIBC_TUNABLES is already set (the user's settings are kept) or the program cannot be started
// again (no /proc), and the run goes on in small pages.
void restart_with_large_pages(char** argv);

}  // namespace finex::cli
