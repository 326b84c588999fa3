# Project-wide compile and link settings live on one INTERFACE target that every PulseDesk target links.
add_library(pulsedesk_common INTERFACE)
add_library(PulseDesk::Common ALIAS pulsedesk_common)

target_compile_features(pulsedesk_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

target_compile_definitions(pulsedesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    PULSEDESK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(pulsedesk_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(PULSEDESK_WARNINGS_AS_ERRORS)
        target_compile_options(pulsedesk_common INTERFACE -Werror)
    endif()
    if(PULSEDESK_HARDENING AND NOT PULSEDESK_ASAN AND NOT PULSEDESK_TSAN)
        target_compile_options(pulsedesk_common INTERFACE
            $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>
            -fstack-protector-strong -fstack-clash-protection)
        target_link_options(pulsedesk_common INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -pie)
    endif()
    if(PULSEDESK_ASAN)
        # A finding fails the test that triggers it, rather than a line in its output.
        # -O1 keeps the Debug build's assertions and stack traces while running the suite about twice as fast as -O0.
        # -g1 (line tables) is all a sanitizer's report needs and builds about a quarter faster than -g.
        target_compile_options(pulsedesk_common INTERFACE -fsanitize=address,undefined -fno-sanitize-recover=all
                                                          -fno-omit-frame-pointer -O1 -g1)
        target_link_options(pulsedesk_common INTERFACE -fsanitize=address,undefined)
    endif()
    if(PULSEDESK_TSAN)
        target_compile_options(pulsedesk_common INTERFACE -fsanitize=thread -fno-omit-frame-pointer -g1)
        target_link_options(pulsedesk_common INTERFACE -fsanitize=thread)
    endif()
elseif(MSVC)
    target_compile_options(pulsedesk_common INTERFACE /W4 /permissive- /utf-8)
    if(PULSEDESK_WARNINGS_AS_ERRORS)
        target_compile_options(pulsedesk_common INTERFACE /WX)
    endif()
endif()
