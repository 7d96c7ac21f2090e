# One set of warnings for every target of the project; FINEX_WERROR turns them into errors
# (on in CI, off by default so that a newer compiler's new warning never breaks a user's build).
option(FINEX_WERROR "Treat compiler warnings as errors" OFF)
add_library(finex_warnings INTERFACE)
target_compile_options(finex_warnings INTERFACE -Wall -Wextra -Wpedantic $<$<BOOL:${FINEX_WERROR}>:-Werror>)
