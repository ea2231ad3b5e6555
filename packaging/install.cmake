# Where `cmake --install` puts things, per system.
include(GNUInstallDirs)

install(TARGETS nextsteps
    BUNDLE DESTINATION .
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Reading aloud's module (loaded when first used), where the program looks for it: beside it on
# Windows, in the bundle's plug-ins on macOS, in the library folder's nextsteps/ on Linux.
if(TARGET nextsteps_speech)
    if(APPLE)
        install(TARGETS nextsteps_speech LIBRARY DESTINATION "Next Steps.app/Contents/PlugIns")
    elseif(WIN32)
        install(TARGETS nextsteps_speech LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
    else()
        install(TARGETS nextsteps_speech LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/nextsteps)
    endif()
endif()

if(UNIX AND NOT APPLE)
    set(_linux ${PROJECT_SOURCE_DIR}/packaging/linux)
    install(FILES ${_linux}/${NEXTSTEPS_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${_linux}/${NEXTSTEPS_APP_ID}.metainfo.xml.in
        ${PROJECT_BINARY_DIR}/${NEXTSTEPS_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/${NEXTSTEPS_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/nextsteps.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${NEXTSTEPS_APP_ID}.svg)
    foreach(_size 16 22 24 32 48 64 128 256 512)
        install(FILES ${_linux}/icons/${_size}x${_size}/${NEXTSTEPS_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/nextsteps)
endif()

# Windows and macOS packages carry their own Qt, with Qt's own translations (qtbase_es.qm, for
# the standard dialogs and the print preview in Spanish); Linux packages use the system's Qt and
# its qt6-translations-l10n.
if(WIN32 OR APPLE)
    if(QT_VERSION VERSION_GREATER_EQUAL 6.5 AND TARGET nextsteps_speech)
        # Ships the translations of the Qt modules the app uses, and points qt.conf at them.
        # The speech module is deployed with the program, so that Qt TextToSpeech and its
        # plug-ins come along although the program itself does not link them.
        if(APPLE)
            set(_executable "$<TARGET_BUNDLE_DIR_NAME:nextsteps>")
        else()
            set(_executable "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:nextsteps>")
        endif()
        qt_generate_deploy_script(TARGET nextsteps
            OUTPUT_SCRIPT _deploy_script
            CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"${_executable}\"
    ADDITIONAL_MODULES \"$<TARGET_FILE:nextsteps_speech>\"
    GENERATE_QT_CONF)")
    elseif(QT_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET nextsteps
            OUTPUT_SCRIPT _deploy_script)
    else()
        # Qt 6.4: the older form, which needs this flag on platforms it calls unsupported.
        # windeployqt ships Qt's translations by default; macdeployqt of 6.4 does not, but the
        # macOS app needs Qt 6.8 anyway (README).
        qt_generate_deploy_app_script(TARGET nextsteps
            FILENAME_VARIABLE _deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${_deploy_script})
endif()

if(WIN32)
    # The Visual C++ runtime DLLs beside nextsteps.exe: a clean PC may have none, and the
    # installer never runs Microsoft's redistributable.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CMAKE_INSTALL_UCRT_LIBRARIES TRUE)
    include(InstallRequiredSystemLibraries)
endif()

if(APPLE)
    # An ad-hoc signature, so the app opens on Apple silicon (unsigned arm64 code is refused).
    # Releases are signed with a Developer ID and notarized instead (README, "Build on macOS").
    install(CODE [[
        execute_process(
            COMMAND codesign --force --deep --sign - "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/Next Steps.app"
            RESULT_VARIABLE _signed)
        if(NOT _signed EQUAL 0)
            message(FATAL_ERROR "codesign could not sign Next Steps.app")
        endif()
    ]])
endif()
