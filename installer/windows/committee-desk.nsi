; The Windows installer of Committee Desk (村居工作台), for NSIS 3 (makensis).
;
; UNTESTED ON WINDOWS. The project has no Windows machine yet; CI only checks that this
; script compiles (installer/windows/check-nsis.sh, with makensis on Linux and stand-in
; files). The steps that produce its inputs are in the README, "Installing", Windows.
;
; makensis /DVERSION=0.1.0 /DDEPLOY_DIR=C:\build\deploy /DFILES_NSH=C:\build\files.nsh
;          installer\windows\committee-desk.nsi
;
;   VERSION     shown in the installer and in Add/Remove Programs
;   DEPLOY_DIR  committee-desk.exe and committee-desk-cli.exe with the Qt runtime that
;               windeployqt collected beside them
;   FILES_NSH   the file list made from DEPLOY_DIR by list-files.cmake
;   OUTDIR      where the setup program goes (default: the current folder)
;
; The file is UTF-8 with a byte-order mark, which makensis needs to read the Chinese.

Unicode true
ManifestDPIAware true
!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !error "Give the version: makensis /DVERSION=0.1.0 ..."
!endif
!ifndef DEPLOY_DIR
  !error "Give the deployment folder: makensis /DDEPLOY_DIR=... (see the README)"
!endif
!ifndef FILES_NSH
  !error "Give the file list: makensis /DFILES_NSH=... (made by list-files.cmake)"
!endif
!ifndef OUTDIR
  !define OUTDIR "."
!endif
!include "${FILES_NSH}"

!define APP_NAME "村居工作台"
!define APP_EXE "committee-desk.exe"
!define PUBLISHER "Committee Desk developers"
; One key for the installed copy, under which Add/Remove Programs lists it.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CommitteeDesk"

Name "${APP_NAME}"
OutFile "${OUTDIR}\committee-desk-${VERSION}-setup.exe"
; The program goes to Program Files (64-bit), for every user of the PC; the data each
; user keeps lives in their own %APPDATA%\CommitteeDesk, which this installer never touches.
InstallDir "$PROGRAMFILES64\CommitteeDesk"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
BrandingText "${APP_NAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=2052 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "GNU GPL 3.0 或更高版本"

!define MUI_ICON "..\..\app\gui\committee-desk.ico"
!define MUI_UNICON "..\..\app\gui\committee-desk.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "本程序将把${APP_NAME} ${VERSION}安装到这台电脑上。$\r$\n$\r$\n${APP_NAME}是村（社区）委员会文书的办公桌面。您的数据保存在各自的“%APPDATA%\CommitteeDesk”文件夹中，重新安装或卸载程序都不会删除这些数据。$\r$\n$\r$\n本程序是自由软件，按 GNU 通用公共许可证第 3 版或更高版本发布。"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "现在启动${APP_NAME}"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "将从这台电脑上卸载${APP_NAME}。您的数据（%APPDATA%\CommitteeDesk 文件夹）会保留，以后重新安装即可继续使用。"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"

; The installer is a 32-bit program; without this its registry entries would land in the
; 32-bit view (WOW6432Node) while the program is a 64-bit one.
Function .onInit
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "${APP_NAME}" SecMain
  SectionIn RO
  SetShellVarContext all

  ; An earlier version is removed first with its own uninstaller, so files it had and this
  ; version no longer has do not stay behind. "_?=" runs it in place and waits for it.
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "UninstallString"
  ReadRegStr $1 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} ${FileExists} "$1\uninstall.exe"
    ExecWait '"$1\uninstall.exe" /S _?=$1'
    Delete "$1\uninstall.exe"
    RMDir "$1"
  ${EndIf}

  !insertmacro CommitteeDeskInstallFiles
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; windeployqt puts the Visual C++ runtime's installer beside the program; the program
  ; cannot start without that runtime, so install it quietly and drop the installer.
  ${If} ${FileExists} "$INSTDIR\vc_redist.x64.exe"
    DetailPrint "正在安装 Visual C++ 运行库……"
    ExecWait '"$INSTDIR\vc_redist.x64.exe" /install /quiet /norestart'
    Delete "$INSTDIR\vc_redist.x64.exe"
  ${EndIf}

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  SectionGetSize ${SecMain} $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; Only the files this version installed, then their folders if they are empty.
  !insertmacro CommitteeDeskRemoveFiles
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; Left in place on purpose: each user's data in %APPDATA%\CommitteeDesk (the database
  ; and its backups) and their settings in HKCU\Software\CommitteeDesk.
SectionEnd
