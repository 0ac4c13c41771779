# Test helpers: one call registers an executable with CTest, its label and its environment.
include(GoogleTest)
find_package(GTest REQUIRED)

# fitflow_add_gtest(NAME <target> SOURCES <files...> LIBS <targets...> [LABELS <labels...>])
# Each TEST() becomes its own CTest entry (gtest_discover_tests), labelled "unit" by default.
function(fitflow_add_gtest)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE fitflow::options GTest::gtest GTest::gtest_main
                          ${ARG_LIBS})
    gtest_discover_tests(${ARG_NAME}
        PROPERTIES LABELS "${ARG_LABELS}"
        DISCOVERY_TIMEOUT 60)
endfunction()

# fitflow_add_qttest(NAME <target> SOURCES <files...> LIBS <targets...> [LABELS <labels...>])
# One Qt Test class per executable, run offscreen so it needs no display.
function(fitflow_add_qttest)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE fitflow::options Qt6::Test ${ARG_LIBS})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FITFLOW_TEST_OUTPUT_DIR=${CMAKE_BINARY_DIR}/test-output")
endfunction()
