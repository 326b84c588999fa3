# Build options; each one shows in the feature summary printed at the end of configuration.
option(PULSEDESK_BUILD_TESTS "Build the Qt Test suites and register them with CTest" ON)
add_feature_info(Tests PULSEDESK_BUILD_TESTS "unit, integration and widget tests")

option(PULSEDESK_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (on in CI)" OFF)
add_feature_info(WarningsAsErrors PULSEDESK_WARNINGS_AS_ERRORS "fail the build on any warning")

option(PULSEDESK_HARDENING "Compile and link with hardening flags (fortify, stack protector, relro, PIE)" ON)
add_feature_info(Hardening PULSEDESK_HARDENING "fortify source, stack protector, full RELRO, PIE")

option(PULSEDESK_ASAN "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
add_feature_info(Sanitizers PULSEDESK_ASAN "address and undefined-behaviour sanitizers")

option(PULSEDESK_FUZZ "Build the libFuzzer targets of tests/fuzz (clang; the fuzz preset)" OFF)
add_feature_info(Fuzzing PULSEDESK_FUZZ "libFuzzer targets for the parsers of outside input")

option(PULSEDESK_TSAN "Build with ThreadSanitizer (the tsan preset: the threaded tests)" OFF)
add_feature_info(ThreadSanitizer PULSEDESK_TSAN "thread sanitizer")
