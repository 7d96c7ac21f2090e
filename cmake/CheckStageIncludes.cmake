# Fails when a file of one pipeline stage includes a header of a stage after it, so that
# dependencies point one way: text -> input -> data -> language -> normalize -> segment -> money ->
# prefilter -> date -> entities -> fines -> json -> pipeline -> aggregate. Run by the build
# (lib/CMakeLists.txt) as:
#   cmake -DSTAGE=money -DSTAGES="text;data;..." -DDIR=<lib> -DSTAMP=<file> -P CheckStageIncludes.cmake
list(FIND STAGES "${STAGE}" own)
file(GLOB files "${DIR}/${STAGE}/*.h" "${DIR}/${STAGE}/*.cpp")
set(problems "")
foreach(f IN LISTS files)
  file(STRINGS "${f}" lines)
  set(number 0)
  foreach(line IN LISTS lines)
    math(EXPR number "${number} + 1")
    if(line MATCHES "^#include \"([a-z_]+)/")
      list(FIND STAGES "${CMAKE_MATCH_1}" other)
      if(other GREATER own)
        file(RELATIVE_PATH where "${DIR}/.." "${f}")
        string(APPEND problems "${where}:${number}: ${STAGE} includes ${CMAKE_MATCH_1}/, a later stage\n")
      endif()
    endif()
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "pipeline stages must only include earlier stages:\n${problems}")
endif()
file(TOUCH "${STAMP}")
