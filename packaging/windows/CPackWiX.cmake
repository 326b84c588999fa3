# The MSI (cpack -G WIX, WiX Toolset 3): per machine, one fixed upgrade code so that every later version replaces
# the installed one (a major upgrade), a Start-menu shortcut, the Qt deployment step (Deploy.cmake). The authoring
# beyond what CPack generates is WIX.template.in; tests/packaging/test-msi.sh builds it with wixl.
include(${CMAKE_CURRENT_LIST_DIR}/Deploy.cmake)

set(CPACK_GENERATOR WIX)
# Never change: Windows Installer finds the installed PulseDesk by it.
set(CPACK_WIX_UPGRADE_GUID "D1954B73-5ED1-4B37-87AC-56CC52B964C8")
# A new product code for every build, as a major upgrade wants.
set(CPACK_WIX_PRODUCT_GUID "*")
set(CPACK_WIX_TEMPLATE ${CMAKE_CURRENT_LIST_DIR}/WIX.template.in)
set(CPACK_WIX_ROOT_FEATURE_TITLE PulseDesk)
set(CPACK_WIX_PROGRAM_MENU_FOLDER PulseDesk)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCONTACT "${CPACK_PACKAGE_CONTACT}")
# Installed under Program Files\PulseDesk; the data folders stay in each user's AppData and are never touched.
set(CPACK_PACKAGE_INSTALL_DIRECTORY PulseDesk)
