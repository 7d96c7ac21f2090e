#include "large_pages.h"

#include <unistd.h>

#include <cstdlib>

namespace finex::cli {

void restart_with_large_pages(char** argv) {
#if defined(__linux__) && defined(__GLIBC__)
  if (std::getenv("GLIBC_TUNABLES") != nullptr) return;
  // hugetlb=1: the heap is advised for transparent huge pages (glibc 2.35 on; older versions
  // ignore it). top_pad: the heap grows 32 MB at a time, so that the tables fill whole 2 MB pages.
  if (setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432", 1) != 0) return;
  execv("/proc/self/exe", argv);
  unsetenv("GLIBC_TUNABLES");  // not started again: on as we are
#else
  (void)argv;
#endif
}

}  // namespace finex::cli
