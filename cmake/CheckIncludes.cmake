# Which part of the app may include which, checked at every build (cmake -P, from app/ui):
# a stray include across features stops the build with the file, the line and the rule.
#
#   core/<area>/     core/ (its own level) and its own area; every area but core/guide/ also
#                    core/checklist/ (what print, calendar, summary and backup print, hand on,
#                    keep in or copy is the list's file)
#   core/            core/ only (its own level)
#   ui/widgets/      ui/widgets/ only (pieces that know nothing of the app)
#   ui/style/        ui/style/ and ui/widgets/
#   ui/<feature>/    core/, ui/widgets/, ui/style/ and its own folder; never another feature
#   ui/              anything (Application, MainWindow and the menus compose the features)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckIncludes.cmake needs -DSOURCE_DIR=<the app folder>")
endif()
file(GLOB_RECURSE _files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*.h ${SOURCE_DIR}/*.cpp)
set(_problems "")
foreach(_file ${_files})
    get_filename_component(_folder ${_file} DIRECTORY)
    if(_folder STREQUAL "ui")
        continue()
    elseif(_folder STREQUAL "core")
        set(_allowed "^core/[^/]+$")
    elseif(_folder STREQUAL "core/guide" OR _folder STREQUAL "core/checklist")
        set(_allowed "^core/[^/]+$|^${_folder}/")
    elseif(_folder MATCHES "^core/")
        set(_allowed "^core/[^/]+$|^${_folder}/|^core/checklist/")
    elseif(_folder STREQUAL "ui/widgets")
        set(_allowed "^ui/widgets/")
    elseif(_folder STREQUAL "ui/style")
        set(_allowed "^ui/style/|^ui/widgets/")
    elseif(_folder MATCHES "^ui/")
        set(_allowed "^core/|^ui/widgets/|^ui/style/|^${_folder}/")
    else()
        continue()
    endif()
    file(STRINGS ${SOURCE_DIR}/${_file} _lines REGEX "^#include \"")
    foreach(_line ${_lines})
        string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" _included "${_line}")
        # The file's own moc output and headers beside it without a folder are its own.
        if(NOT _included MATCHES "/" OR _included MATCHES "\\.moc$")
            continue()
        endif()
        if(NOT _included MATCHES "${_allowed}")
            string(APPEND _problems "  app/${_file} includes ${_included}\n")
        endif()
    endforeach()
endforeach()
if(_problems)
    message(FATAL_ERROR "Includes across the app's rooms (see ARCHITECTURE.md):\n${_problems}"
        "A feature talks to another through a small interface in core, or MainWindow wires "
        "them together.")
endif()
