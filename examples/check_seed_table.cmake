# Runs seed_table on the seed corpus and checks what the README promises: the table's header
# and at least one row for each of the five articles, nothing else; and a message, not a crash,
# for a folder that does not exist.
# cmake -DPROGRAM=... -DCORPUS=... -P check_seed_table.cmake
execute_process(COMMAND "${PROGRAM}" "${CORPUS}" RESULT_VARIABLE status OUTPUT_VARIABLE out)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "seed_table exited with ${status}")
endif()
# Brackets and semicolons would confuse CMake's lists; they matter to no check.
string(REGEX REPLACE "[][;]" "_" flat "${out}")
string(REPLACE "\n" ";" lines "${flat}")

set(table_documents "")
list(GET lines 0 header)
if(NOT header MATCHES "^article +lang +kind +entity +amount +cur +date *$")
  message(FATAL_ERROR "the first line is not the table's header:\n${out}")
endif()
list(REMOVE_AT lines 0)
foreach(line IN LISTS lines)
  if(line MATCHES "^(00[0-4]_[0-9a-f]+\\.txt) ")
    list(APPEND table_documents "${CMAKE_MATCH_1}")
  elseif(NOT line STREQUAL "")
    message(FATAL_ERROR "a line that is no row of the table: '${line}'")
  endif()
endforeach()
list(REMOVE_DUPLICATES table_documents)
list(LENGTH table_documents count)
if(NOT count EQUAL 5)
  message(FATAL_ERROR "table rows cover [${table_documents}], expected the 5 articles")
endif()

execute_process(COMMAND "${PROGRAM}" "${CORPUS}/no-such-folder" RESULT_VARIABLE status
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 1 OR NOT err MATCHES "cannot read the folder .*no-such-folder")
  message(FATAL_ERROR "a missing folder gave status '${status}' and '${err}'")
endif()
