; Inno Setup script for ropa on Windows (Inno Setup 6.3 or newer; 7 works too).
;
; installer/build.py compiles it after PyInstaller has made dist\ropa\:
;   iscc /DAppVersion=<ropa.__version__> /DSourceDir=C:\...\dist\ropa /DIconFile=C:\...\ropa.ico
;        /DOutputDir=C:\...\dist installer\windows\ropa.iss
; Each /D but AppVersion has a default below. The version is written once, in ropa/__init__.py:
; build.py passes it, and a compile without it stops rather than guess.
;
; What the setup program does:
;   - installs the one-folder bundle (ropa-gui.exe, ropa.exe and their shared _internal\) for the
;     current user, without administrator rights, in %LOCALAPPDATA%\Programs\ropa; the first
;     page offers an install for all users instead (then it asks for administrator rights and
;     installs in Program Files);
;   - adds a Start-menu entry (and, if ticked, a desktop icon) for ropa-gui.exe;
;   - associates .ropa files with ropa-gui.exe, with the ropa icon, so a double-click opens the
;     register;
;   - shows ropa's licence (GPL-3.0-or-later) before installing; the third-party notices are
;     installed in _internal\licenses\.
; The uninstaller removes the program, the shortcuts and the association. It never removes the
; user's data folder %LOCALAPPDATA%\ropa\ (registers, backups\, logs\): the setup program did not
; create it (ropa-gui.exe does at first start) and Inno Setup only removes what it installed.
; The program folder (%LOCALAPPDATA%\Programs\ropa) and the data folder are two different folders.

; -- values given by build.py, with defaults for a standalone compile ------------------------------
; Relative defaults are resolved from this script's folder (installer\windows\).

#ifndef AppVersion
  #error Pass /DAppVersion=<the version in ropa/__init__.py> ("python installer/build.py" does)
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\ropa"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\build\icons\ropa.ico"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif

; Stop early with a clear message rather than with a missing-file error halfway through.
#ifnexist AddBackslash(SourceDir) + "ropa-gui.exe"
  #error No ropa-gui.exe in SourceDir: run "python installer/build.py" first (or pass /DSourceDir=...)
#endif
#ifnexist IconFile
  #error No ropa.ico at IconFile: "python installer/build.py" draws it (or pass /DIconFile=...)
#endif

; The names used below.
#define AppName "ropa"
#define GuiExe "ropa-gui.exe"
; The ProgID of a .ropa file (HKA\Software\Classes\ropa.register).
#define ProgId "ropa.register"

[Setup]
; AppId identifies ropa for upgrades and uninstall: NEVER change it (a new value would make the
; next version install beside this one instead of upgrading it). "{{" is an escaped "{".
AppId={{A88FB832-643C-41A3-A752-EA6ECDDD4BAB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ropa
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#GuiExe}

; Per-user install by default (no UAC prompt): {autopf} is then %LOCALAPPDATA%\Programs, and
; HKA below is HKEY_CURRENT_USER. The "dialog" override lets the user choose an install for all
; users on the first page: {autopf} becomes Program Files and HKA HKEY_LOCAL_MACHINE. An upgrade
; reuses the mode of the previous install (UsePreviousPrivileges, on by default).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes

; The bundle is 64-bit Python and Qt: refuse 32-bit Windows, install in 64-bit mode.
; (x64compatible needs Inno Setup 6.3 or newer; it also admits Windows 11 on Arm.)
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0

LicenseFile={#SourceDir}\_internal\licenses\LICENSE
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename=ropa-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

; Tell Windows Explorer to reload file associations after install and uninstall.
ChangesAssociations=yes
; Offer to close a running ropa before replacing its files (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
; The setup speaks the user's Windows language when it is one of these (else English).
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[CustomMessages]
; The file type's name, shown by Explorer in the "Type" column of a .ropa file.
en.RopaFileType=ropa register
fr.RopaFileType=Registre ropa
nl.RopaFileType=ropa-register

[Tasks]
; CreateDesktopIcon and AdditionalIcons are standard messages, translated by the .isl files.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller bundle: ropa-gui.exe, ropa.exe and _internal\ (Python, Qt, resources,
; translations, licences). ignoreversion: always replace the files on an upgrade.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The icon of .ropa files in Explorer.
Source: "{#IconFile}"; DestDir: "{app}"; DestName: "ropa.ico"; Flags: ignoreversion

[Icons]
; {autoprograms} / {autodesktop}: the user's Start menu and desktop, or everyone's in an
; all-users install.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; The .ropa file association, under HKA\Software\Classes (the user's classes in a per-user
; install, the machine's in an all-users one; never HKCR directly).
; .ropa -> ropa.register; on uninstall the value goes, and the key if nothing else is left in it.
Root: HKA; Subkey: "Software\Classes\.ropa"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
; Also listed in "Open with" even if another program later takes the default.
Root: HKA; Subkey: "Software\Classes\.ropa\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
; The ProgID itself: its name, icon and open command. uninsdeletekey removes it with its
; subkeys (DefaultIcon, shell\open\command) on uninstall.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:RopaFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ropa.ico"
; "C:\...\ropa-gui.exe" "%1" (in Inno strings "" is one double quote).
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
; Lets Windows offer ropa-gui.exe for .ropa files in "Open with".
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".ropa"; ValueData: ""

[Run]
; The "Launch ropa" checkbox on the last page (ticked; skipped in a silent install).
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: nothing is written into {app} at run time (ropa writes only to its data
; folder), so the uninstaller leaves no stray files, and it must never delete the user's
; registers in %LOCALAPPDATA%\ropa.
