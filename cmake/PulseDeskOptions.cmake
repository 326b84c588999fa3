# Build options; each one shows in the feature summary printed at the end of configuration.
option(PULSEDESK_BUILD_TESTS "Build the Qt Test suites and register them with CTest" ON)
add_feature_info(Tests PULSEDESK_BUILD_TESTS "unit, integration and widget tests")

option(PULSEDESK_WARNINGS_AS_ERRORS "Treat compiler warnings as errors (on in CI)" OFF)
add_feature_info(WarningsAsErrors PULSEDESK_WARNINGS_AS_ERRORS "fail the build on any warning")

option(PULSEDESK_HARDENING "Compile and link with hardening flags (fortify, stack protector, relro, PIE)" ON)
add_feature_info(Hardening PULSEDESK_HARDENING "fortify source, stack protector, full RELRO, PIE")

option(PULSEDESK_ASAN "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
add_feature_info(Sanitizers PULSEDESK_ASAN "address and undefined-behaviour sanitizers")
