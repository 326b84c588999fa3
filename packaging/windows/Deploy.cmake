# The Qt deployment step of the Windows install (and so of the MSI): after the executables are installed,
#  * windeployqt copies the Qt DLLs, the plugins (qwindows, the Windows style, image formats, the multimedia backend)
#    and Qt's translations beside them;
#  * the other DLLs they load (SQLCipher, libmosquitto, OpenSSL: from vcpkg or PULSEDESK_WINDOWS_DLL_DIRS) are
#    found with file(GET_RUNTIME_DEPENDENCIES) and copied;
#  * InstallRequiredSystemLibraries adds the MSVC run time, so that no redistributable needs installing first.
get_target_property(qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(qt_bin_dir "${qmake}" DIRECTORY)
find_program(PULSEDESK_WINDEPLOYQT windeployqt HINTS "${qt_bin_dir}" REQUIRED)
set(PULSEDESK_WINDOWS_DLL_DIRS "" CACHE PATH "Folders with the third-party DLLs (SQLCipher, libmosquitto, OpenSSL)")

set(bin "\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}")
install(CODE "
    execute_process(COMMAND \"${PULSEDESK_WINDEPLOYQT}\" --release --no-compiler-runtime --no-system-d3d-compiler
                            --no-opengl-sw --dir \"${bin}\" \"${bin}/pulsedesk.exe\" \"${bin}/pulsedesk-cli.exe\"
                    COMMAND_ERROR_IS_FATAL ANY)
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"${bin}/pulsedesk.exe\" \"${bin}/pulsedesk-cli.exe\"
        DIRECTORIES \"${qt_bin_dir}\" ${PULSEDESK_WINDOWS_DLL_DIRS}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^Qt6\"
        POST_EXCLUDE_REGEXES \"[Ss]ystem32\"
        RESOLVED_DEPENDENCIES_VAR dlls
        UNRESOLVED_DEPENDENCIES_VAR missing)
    if(missing)
        message(FATAL_ERROR \"DLLs not found (set PULSEDESK_WINDOWS_DLL_DIRS): \${missing}\")
    endif()
    file(INSTALL \${dlls} DESTINATION \"${bin}\")
")

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
