# Runs the pipeline example on three lines (an English fine, a blank line, a German fine) and
# checks one JSON line per input line, numbered in order, the blank one an "empty" error.
# cmake -DPROGRAM=... -DINPUT=... -P check_pipeline.cmake
execute_process(COMMAND "${PROGRAM}" INPUT_FILE "${INPUT}" RESULT_VARIABLE status
                OUTPUT_VARIABLE out)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "pipeline exited with ${status}")
endif()
string(REGEX REPLACE "\n$" "" out "${out}")
# Brackets and semicolons would confuse CMake's lists; they matter to no check.
string(REGEX REPLACE "[][;]" "_" flat "${out}")
string(REPLACE "\n" ";" lines "${flat}")
list(LENGTH lines count)
if(NOT count EQUAL 3)
  message(FATAL_ERROR "expected 3 lines, got ${count}:\n${out}")
endif()
list(GET lines 0 first)
list(GET lines 1 second)
list(GET lines 2 third)
if(NOT first MATCHES "^{\"document\":\"1\",\"language\":\"en\",")
  message(FATAL_ERROR "line 1 is not the English document's result: ${first}")
endif()
if(NOT second MATCHES "^{\"document\":\"2\",\"error\":{\"code\":\"empty\"")
  message(FATAL_ERROR "line 2 is not an 'empty' error: ${second}")
endif()
if(NOT third MATCHES "^{\"document\":\"3\",\"language\":\"de\",")
  message(FATAL_ERROR "line 3 is not the German document's result: ${third}")
endif()
