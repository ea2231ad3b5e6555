# Installs into a fresh prefix and checks that every file landed where it belongs.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
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
# The metainfo carries the version set once in CMake.
file(READ "${PREFIX}/share/metainfo/${APP_ID}.metainfo.xml" metainfo)
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
