# Writes the NSIS include that lists, file by file, what the Windows installer copies and
# what its uninstaller removes again: exactly the contents of the deployment folder made
# by `cmake --install` and windeployqt. An explicit list means uninstalling never deletes
# anything it did not put there, even when the clerk chose an existing folder to install
# into.
#
#   cmake -DDEPLOY_DIR=C:/build/deploy -DOUTPUT=C:/build/files.nsh -P list-files.cmake
#
# The include uses ${DEPLOY_DIR} for the source paths, so makensis must be given the same
# folder (/DDEPLOY_DIR=...).

if(NOT DEPLOY_DIR OR NOT OUTPUT)
    message(FATAL_ERROR "usage: cmake -DDEPLOY_DIR=<folder> -DOUTPUT=<file.nsh> -P list-files.cmake")
endif()
if(NOT EXISTS "${DEPLOY_DIR}/committee-desk.exe")
    message(FATAL_ERROR "${DEPLOY_DIR} has no committee-desk.exe; run cmake --install and "
                        "windeployqt first")
endif()

file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${DEPLOY_DIR}" "${DEPLOY_DIR}/*")
list(SORT files)

set(install "!macro CommitteeDeskInstallFiles\n")
set(remove "!macro CommitteeDeskRemoveFiles\n")
set(folders "")
set(current_folder "-")
foreach(file IN LISTS files)
    get_filename_component(folder "${file}" DIRECTORY)
    string(REPLACE "/" "\\" native "${file}")
    string(REPLACE "/" "\\" native_folder "${folder}")
    if(NOT folder STREQUAL current_folder)
        if(folder STREQUAL "")
            string(APPEND install "  SetOutPath \"$INSTDIR\"\n")
        else()
            string(APPEND install "  SetOutPath \"$INSTDIR\\${native_folder}\"\n")
        endif()
        set(current_folder "${folder}")
    endif()
    string(APPEND install "  File \"\${DEPLOY_DIR}\\${native}\"\n")
    string(APPEND remove "  Delete \"$INSTDIR\\${native}\"\n")
    # Every folder on the way, so nested plug-in folders are removed too.
    while(NOT folder STREQUAL "")
        list(APPEND folders "${folder}")
        get_filename_component(folder "${folder}" DIRECTORY)
    endwhile()
endforeach()
string(APPEND install "  SetOutPath \"$INSTDIR\"\n!macroend\n")

# Deepest folders first; RMDir without /r removes a folder only when it is empty.
list(REMOVE_DUPLICATES folders)
set(by_depth "")
foreach(folder IN LISTS folders)
    string(REGEX REPLACE "[^/]" "" slashes "${folder}")
    string(LENGTH "${slashes}" depth)
    math(EXPR key "100 - ${depth}")
    list(APPEND by_depth "${key}|${folder}")
endforeach()
list(SORT by_depth)
foreach(entry IN LISTS by_depth)
    string(REGEX REPLACE "^[0-9]+\\|" "" folder "${entry}")
    string(REPLACE "/" "\\" native_folder "${folder}")
    string(APPEND remove "  RMDir \"$INSTDIR\\${native_folder}\"\n")
endforeach()
string(APPEND remove "!macroend\n")

list(LENGTH files count)
file(WRITE "${OUTPUT}" "; Made by installer/windows/list-files.cmake from ${DEPLOY_DIR}: ${count} files.\n"
     "${install}\n${remove}")
message(STATUS "Wrote ${OUTPUT}: ${count} files")
