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
endfunction()
