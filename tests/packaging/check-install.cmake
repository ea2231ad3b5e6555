# Installs into a fresh prefix and checks that every file landed where it belongs: on Linux the
# desktop files and icons, on Windows and macOS everything a clean computer needs to start the
# app (Qt, its plug-ins, the compiler's runtime), since those packages carry their own.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()

# Each file name must be somewhere in the installed tree.
function(expect_somewhere)
    foreach(name IN LISTS ARGN)
        file(GLOB_RECURSE found "${PREFIX}/*/${name}" "${PREFIX}/${name}")
        if(NOT found)
            message(FATAL_ERROR "missing after install: ${name}")
        endif()
    endforeach()
endfunction()

# Reading aloud's module, where the program looks for it, and the Qt TextToSpeech it brings
# (the program itself does not link it).
if(SPEECH AND PLATFORM STREQUAL "Windows")
    expect_somewhere(bin/nextsteps_speech.dll Qt6TextToSpeech.dll)
elseif(SPEECH AND PLATFORM STREQUAL "Darwin")
    expect_somewhere(PlugIns/nextsteps_speech.so QtTextToSpeech)
elseif(SPEECH)
    file(GLOB speech "${PREFIX}/lib*/nextsteps/nextsteps_speech.so"
         "${PREFIX}/lib/*/nextsteps/nextsteps_speech.so")
    if(NOT speech)
        message(FATAL_ERROR "missing after install: lib/nextsteps/nextsteps_speech.so")
    endif()
endif()

if(PLATFORM STREQUAL "Windows")
    expect_somewhere(bin/nextsteps.exe Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6PrintSupport.dll
        Qt6Svg.dll qwindows.dll qsvg.dll qsvgicon.dll
        vcruntime140.dll vcruntime140_1.dll msvcp140.dll
        qtbase_es.qm) # Qt's own words in Spanish: dialogs, print preview
    file(GLOB_RECURSE styles "${PREFIX}/*style*.dll")
    if(NOT styles)
        message(FATAL_ERROR "missing after install: a Windows style plug-in")
    endif()
    message(STATUS "install layout: ${PREFIX} holds the app, Qt and the runtime")
    return()
elseif(PLATFORM STREQUAL "Darwin")
    set(app "${PREFIX}/Next Steps.app/Contents")
    foreach(path "MacOS/Next Steps" Info.plist Resources/nextsteps.icns
            _CodeSignature/CodeResources)
        if(NOT EXISTS "${app}/${path}")
            message(FATAL_ERROR "missing after install: ${path}")
        endif()
    endforeach()
    expect_somewhere(QtCore QtGui QtWidgets QtPrintSupport QtSvg libqcocoa.dylib libqsvg.dylib
        qtbase_es.qm)
    file(READ "${app}/Info.plist" plist)
    if(NOT plist MATCHES "<key>CFBundleLocalizations</key>[ \t\r\n]*<array>[^/]*<string>es</string>")
        message(FATAL_ERROR "Info.plist does not declare Spanish (CFBundleLocalizations)")
    endif()
    if(NOT plist MATCHES "<key>LSMinimumSystemVersion</key>[ \t\r\n]*<string>12.0</string>")
        message(FATAL_ERROR "Info.plist does not ask for macOS 12, which Qt 6.8 needs")
    endif()
    execute_process(COMMAND codesign --verify --deep "${PREFIX}/Next Steps.app"
        RESULT_VARIABLE signed)
    if(NOT signed EQUAL 0)
        message(FATAL_ERROR "the app's signature does not verify")
    endif()
    message(STATUS "install layout: ${PREFIX} holds a signed app with Qt inside")
    return()
endif()

set(expected
    bin/nextsteps
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/doc/nextsteps/LICENSE)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
endforeach()
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "missing after install: ${path}")
    endif()
endforeach()

# The desktop file launches the installed binary and names the icon by the app id.
file(READ "${PREFIX}/share/applications/${APP_ID}.desktop" desktop)
if(NOT desktop MATCHES "\nExec=nextsteps" OR NOT desktop MATCHES "\nIcon=${APP_ID}\n")
    message(FATAL_ERROR "the desktop file does not name the binary and icon")
endif()
# A person who reads only Spanish finds the app in the menu and the software center.
foreach(key Name GenericName Comment)
    if(NOT desktop MATCHES "\n${key}\\[es\\]=[^\n]+")
        message(FATAL_ERROR "the desktop file has no ${key}[es]")
    endif()
endforeach()
# The metainfo carries the version set once in CMake.
file(READ "${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml" metainfo)
foreach(tag name summary p)
    if(NOT metainfo MATCHES "<${tag} xml:lang=\"es\">")
        message(FATAL_ERROR "the metainfo has no Spanish <${tag}>")
    endif()
endforeach()
if(metainfo MATCHES "@[A-Z_]+@")
    message(FATAL_ERROR "the metainfo still has unfilled @VARIABLES@")
endif()
# Each PNG is the size its folder says.
foreach(size 16 48 512)
    file(READ "${PREFIX}/share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png" png
        OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING "${png}" 0 8 w)
    math(EXPR w "0x${w}")
    if(NOT w EQUAL size)
        message(FATAL_ERROR "icon ${size}x${size} is ${w} pixels wide")
    endif()
endforeach()
message(STATUS "install layout: ${PREFIX} holds every file")
