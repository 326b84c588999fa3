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
    target_link_libraries(${ARG_NAME} PRIVATE pulsedesk_testsupport Qt6::Test ${ARG_LIBS})
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
