# Parsing Qt's headers is about nine tenths of compiling a test. Tests of one kind (the same LIBS, hence the same
# compiler flags) reuse one precompiled tests/support/TestPrecompiled.h, made by a program of their own kind that is
# never run: with GCC a precompiled header is used only where the flags it was made with hold.
option(PULSEDESK_TEST_PCH "Precompile the headers the tests share" ON)

# pulsedesk_test_pch(<test> <libs>): <test> reuses the precompiled header of its kind.
function(pulsedesk_test_pch test libs)
    string(MAKE_C_IDENTIFIER "pulsedesk_test_pch_${libs}" maker)
    if(NOT TARGET ${maker})
        add_executable(${maker} EXCLUDE_FROM_ALL ${PROJECT_SOURCE_DIR}/tests/support/TestPrecompiled.cpp)
        target_link_libraries(${maker} PRIVATE pulsedesk_testsupport Qt6::Test ${libs})
        target_precompile_headers(${maker} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support/TestPrecompiled.h)
    endif()
    target_precompile_headers(${test} REUSE_FROM ${maker})
    # A test includes its own moc output, so the file AUTOMOC adds is all but empty: loading the header there would
    # cost more than it saves.
    set_source_files_properties("${CMAKE_CURRENT_BINARY_DIR}/${test}_autogen/mocs_compilation.cpp"
                                TARGET_DIRECTORY ${test} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()

# pulsedesk_add_test(NAME <TestClass> SOURCES <files...> [LIBS <targets...>] [WIDGET] [LABELS <labels...>] [TIMEOUT <s>])
#
# The one way tests are registered: builds an executable from one Qt Test class, links the test-support
# library, and registers it with CTest. WIDGET tests run with QT_QPA_PLATFORM=offscreen so CI always runs them.
function(pulsedesk_add_test)
    cmake_parse_arguments(ARG "WIDGET" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    if(PULSEDESK_ASAN OR PULSEDESK_TSAN)
        # Instrumented code runs two to ten times slower; the suite's own waits return as soon as their condition holds.
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3")
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    # A test is one file (a batch would gain nothing), and a class defined in a file a batch includes is, to GCC,
    # a class in a header (-Wsubobject-linkage).
    set_target_properties(${ARG_NAME} PROPERTIES UNITY_BUILD OFF)
    target_link_libraries(${ARG_NAME} PRIVATE pulsedesk_testsupport Qt6::Test ${ARG_LIBS})
    if(PULSEDESK_TEST_PCH)
        pulsedesk_test_pch(${ARG_NAME} "${ARG_LIBS}")
    endif()
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(env
        "QT_LOGGING_RULES=pulsedesk.*.debug=false"
        "PULSEDESK_SHARED_DATA=${PULSEDESK_SHARED_DATA}"
        "PULSEDESK_CLI=$<TARGET_FILE:pulsedesk-cli>"
        "PULSEDESK_BENCH=$<TARGET_FILE:pulsedesk-bench>"
        "PULSEDESK_SERVER_PROGRAM=$<TARGET_FILE:pulsedesk-server>")
    set(labels ${ARG_LABELS})
    if(ARG_WIDGET)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        list(APPEND labels widget)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "${env}"
        LABELS "${labels}"
        TIMEOUT ${ARG_TIMEOUT})
endfunction()
