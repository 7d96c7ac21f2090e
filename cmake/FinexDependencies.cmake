# Every dependency is a Debian 12 package; each is found the way its package supports.
find_package(PkgConfig REQUIRED)

# RE2 ships a CMake config only in newer releases; Debian 12 has pkg-config.
find_package(re2 CONFIG QUIET)
if(NOT TARGET re2::re2)
  pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
  add_library(re2::re2 ALIAS PkgConfig::RE2)
endif()

pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
# HTML pages are read with gumbo, a complete HTML5 parser in C (Debian: libgumbo-dev).
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
find_package(ICU REQUIRED COMPONENTS uc i18n data)
find_package(nlohmann_json 3 CONFIG REQUIRED)
