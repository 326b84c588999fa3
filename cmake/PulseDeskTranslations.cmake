# pulsedesk_add_translations(<target>)
#
# Compiles translations/pulsedesk_<lang>.ts into .qm files embedded in <target> under :/i18n, and adds the
# `update_translations` target that refreshes the .ts files from every source in core/, ui/ and app/.
set(PULSEDESK_LANGUAGES de es fr it)

function(pulsedesk_add_translations target)
    set(ts_files)
    foreach(lang IN LISTS PULSEDESK_LANGUAGES)
        list(APPEND ts_files ${PROJECT_SOURCE_DIR}/translations/pulsedesk_${lang}.ts)
    endforeach()
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${sources}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)

    # English is the source language; its file holds only the plural forms ("1 patient", "2 patients"), so that
    # English users never read "patient(s)". `update_translations` refreshes it with the others.
    set(plurals ${PROJECT_SOURCE_DIR}/translations/pulsedesk_en.ts)
    add_custom_target(${target}_plurals)
    qt_add_lupdate(${target}_plurals
        TS_FILES ${plurals}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app
        OPTIONS -pluralonly -no-obsolete -locations none)
    qt_add_lrelease(${target}_plurals TS_FILES ${plurals} QM_FILES_OUTPUT_VARIABLE plurals_qm)
    qt_add_resources(${target} "${target}_plurals" PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${plurals_qm})
    add_dependencies(${target} ${target}_plurals)
endfunction()
