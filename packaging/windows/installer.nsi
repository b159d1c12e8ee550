; Integrationsbarometer Desktop - per-user Windows installer (NSIS 3).
;
; Compiled by packaging/build.py, which passes the version from pyproject.toml
; and the PyInstaller folder:
;   makensis -DVERSION=0.1.0 -DVERSION_NUMERIC=0.1.0.0 -DPAYLOAD=...\barometer-desktop
;            -DOUTFILE=...\setup.exe -DICON=...\app.ico installer.nsi
;
; Installs for the current user only, without administrator rights, into
; %LOCALAPPDATA%\Programs\Integrationsbarometer. The user's database, settings
; and logs live in %APPDATA%\Koebenhavns Kommune\Integrationsbarometer; the
; uninstaller never touches that folder.

; A 64-bit installer for a 64-bit program: it runs where the program can, and
; Debian's wine64 runs it in CI (packaging/windows/wine_check.py) without the
; 32-bit Wine a default x86 NSIS stub would need.
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION
  !error "Define VERSION (packaging/build.py does)"
!endif
!ifndef VERSION_NUMERIC
  !define VERSION_NUMERIC "0.0.0.0"
!endif
!ifndef PAYLOAD
  !error "Define PAYLOAD: the PyInstaller folder packaging/out/dist/barometer-desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "Integrationsbarometer-${VERSION}-setup.exe"
!endif

!define APPNAME "Integrationsbarometer"
!define PUBLISHER "Koebenhavns Kommune"
!define EXE "barometer-desktop.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Integrationsbarometer"

; Code signing (optional): build.py passes SIGN_COMMAND when IT configured a
; certificate; makensis then signs the uninstaller it writes and the installer.
!ifdef SIGN_COMMAND
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
  !finalize '${SIGN_COMMAND} "%1"' = 0
!endif

!include "MUI2.nsh"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
; The install folder is remembered in the uninstall key only: the key
; Software\${PUBLISHER}\${APPNAME} belongs to the app's QSettings (user settings).
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
SetCompressor /SOLID lzma
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=1030 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=1030 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1030 "FileDescription" "${APPNAME} installationsprogram"
VIAddVersionKey /LANG=1030 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1030 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1030 "LegalCopyright" "${PUBLISHER}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Danish"
!insertmacro MUI_LANGUAGE "English"

Section "Integrationsbarometer" SecMain
  SectionIn RO
  SetShellVarContext current
  ; An update replaces the program folder completely, so no file of an
  ; older version lingers. Only program files live here, never user data.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortCut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Program files and shortcuts only. The database, backups and logs in
  ; $APPDATA\${PUBLISHER}\${APPNAME} and the user's settings (registry key
  ; HKCU\Software\${PUBLISHER}\${APPNAME}) stay for a later reinstall.
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\barometer-desktop.exe"
  Delete "$INSTDIR\barometer-desktop-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
SectionEnd
