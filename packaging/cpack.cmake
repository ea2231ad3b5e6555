# Installers: a .deb on Linux (Debian's Qt), NSIS on Windows, a DragNDrop .dmg on macOS.
set(CPACK_PACKAGE_NAME "nextsteps")
set(CPACK_PACKAGE_VENDOR "${NEXTSTEPS_ORG_NAME}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Next Steps")
set(CPACK_PACKAGE_EXECUTABLES "nextsteps" "Next Steps")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CONTACT "Next Steps <hello@nextstepsguide.org>")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "Next Steps")
    set(CPACK_NSIS_PACKAGE_NAME "Next Steps")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/nextsteps.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\nextsteps.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # Spanish needs nothing here: CMake's NSIS template inserts every Modern UI language
    # (English first, the default; Spanish among them), and NSIS shows the installer in the
    # language of the Windows it runs on. The app chooses its own language the same way.
    # CPACK_PACKAGE_EXECUTABLES above makes the one Start menu shortcut, "Next Steps".
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Next Steps")
    set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/packaging/macos/nextsteps.icns")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "science")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://nextstepsguide.org/")
    # Debian's own Qt 6 packages: nothing is bundled.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # qt6-translations-l10n: Qt's own words (standard dialogs, print preview) in Spanish.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "qt6-qpa-plugins, qt6-svg-plugins | libqt6svg6, qt6-translations-l10n")
    if(TARGET Qt6::TextToSpeech)
        # Reading aloud needs a voice: Flite's speaks on any system; speech-dispatcher's (the
        # desktop's own voice, the one screen readers use) is preferred where it runs.
        string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS
               ", qt6-speech-flite-plugin | qt6-speech-speechd-plugin")
        set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-speech-speechd-plugin, speech-dispatcher")
    endif()
endif()

include(CPack)
