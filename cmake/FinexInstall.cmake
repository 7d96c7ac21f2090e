# Installation: headers, the static library, the command line, a CMake package
# (find_package(finex) → finex::finex) and a pkg-config file (finex.pc).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# The public headers use C++20 (<compare>, designated initialisers in examples): say so to
# every consumer, in the build tree and in the installed package.
target_compile_features(finex INTERFACE cxx_std_20)

install(TARGETS finex EXPORT finexTargets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/finex" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(FILES "${PROJECT_BINARY_DIR}/include/finex/version.h" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/finex")
install(TARGETS finex_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
# The licence (MIT) travels with every installed part; the manual page and the completion of
# the command line's options go where man(1) and bash-completion look for them.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_LIBDIR}/cmake/finex")
install(FILES "${PROJECT_SOURCE_DIR}/tools/finex/finex.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${PROJECT_SOURCE_DIR}/tools/finex/finex.bash-completion"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME finex)
# The JSON Schema of the record, for programs that validate what they read.
install(FILES "${PROJECT_SOURCE_DIR}/schema/finex.schema.json" DESTINATION "${CMAKE_INSTALL_DATADIR}/finex")

# The exported target names RE2 as the build found it (FinexDependencies.cmake): PkgConfig::RE2
# or re2::re2; the Config file must find it under the same name.
if(TARGET PkgConfig::RE2)
  set(FINEX_RE2_VIA_PKGCONFIG ON)
else()
  set(FINEX_RE2_VIA_PKGCONFIG OFF)
endif()
set(FINEX_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/finex")
install(EXPORT finexTargets NAMESPACE finex:: DESTINATION "${FINEX_CMAKE_DIR}")
configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/finexConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/finexConfig.cmake" INSTALL_DESTINATION "${FINEX_CMAKE_DIR}")
# 0.x: a new minor version may change the API.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/finexConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/finexConfig.cmake" "${PROJECT_BINARY_DIR}/finexConfigVersion.cmake"
  DESTINATION "${FINEX_CMAKE_DIR}")

# pkg-config: paths relative to the .pc file, so `cmake --install --prefix` anywhere works.
file(RELATIVE_PATH FINEX_PC_TO_PREFIX "/root/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/root")
get_target_property(finex_type finex TYPE)
# A static library's dependencies must reach every link line, not only `pkg-config --static`.
if(finex_type STREQUAL "STATIC_LIBRARY")
  set(FINEX_PC_REQUIRES "Requires")
else()
  set(FINEX_PC_REQUIRES "Requires.private")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/finex.pc.in" "${PROJECT_BINARY_DIR}/finex.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/finex.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
