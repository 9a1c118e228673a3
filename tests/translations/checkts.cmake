# Runs lupdate over the sources into a copy of the .ts file (the committed one is not touched) and
# fails unless it reports no new and no vanished source texts.
file(COPY_FILE ${TS} ${WORK}/current.ts)
execute_process(
    COMMAND ${LUPDATE} -locations none -no-obsolete ${SOURCE_DIR}/ui ${SOURCE_DIR}/core ${SOURCE_DIR}/app
            -ts ${WORK}/current.ts
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
endif()
string(REGEX MATCH "Found ([0-9]+) source text\\(s\\) \\(([0-9]+) new" found "${out}")
if(NOT found)
    message(FATAL_ERROR "unexpected lupdate output: ${out}")
endif()
set(total ${CMAKE_MATCH_1})
set(new ${CMAKE_MATCH_2})
set(gone 0)
if(out MATCHES "Removed ([0-9]+) obsolete")
    set(gone ${CMAKE_MATCH_1})
endif()
if(NOT new EQUAL 0 OR NOT gone EQUAL 0)
    message(FATAL_ERROR "translations/fusioncell_en_GB.ts is out of date: ${new} source text(s) not in it, "
                        "${gone} in it no longer in the sources. Run: cmake --build build --target update_translations")
endif()
message(STATUS "${total} source texts, all in ${TS}")
