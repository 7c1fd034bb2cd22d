; Inno Setup 6 script: StageDesk for one Windows user, no administrator rights needed.
;
; Build the program first (it writes build\installer\defines.iss with the version and
; folders), then compile this script:
;   uv run python packaging\build.py --installer
; or by hand: iscc packaging\installer.iss
;
; Installs into %LOCALAPPDATA%\Programs\StageDesk ({autopf} for a per-user install), with
; a Start-menu entry and an uninstaller under Apps & features. The user's data
; (%LOCALAPPDATA%\StageDesk: the database, backups, own forms and texts) and settings
; (HKCU\Software\StageDesk) are no part of the installation: uninstalling removes the
; program only, and they are there again after reinstalling.

#include "..\build\installer\defines.iss"

[Setup]
; Never change AppId: it is how a new version finds and replaces the old one.
AppId={{6B0E2C7A-4F5D-4C38-9C1E-5D7A2F3B8E41}
AppName=StageDesk
AppVersion={#AppVersion}
AppVerName=StageDesk {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#AppVersionNumbers}
VersionInfoProductName=StageDesk
VersionInfoDescription=StageDesk setup
PrivilegesRequired=lowest
DefaultDirName={autopf}\StageDesk
DisableProgramGroupPage=yes
DisableDirPage=auto
#if Ver >= EncodeVer(6, 3, 0)
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
#else
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
#endif
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=StageDesk-{#AppVersion}-setup
SetupIconFile={#RootDir}\resources\icons\stagedesk.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName=StageDesk
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; The running program holds its files: ask to close it rather than fail half-way.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the libraries whole: files an older version had must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The folder PyInstaller made. Not a "data" folder or "portable.txt": an installed
; StageDesk keeps its data in %LOCALAPPDATA%\StageDesk.
Source: "{#DistDir}\*"; DestDir: "{app}"; Excludes: "\data,\portable.txt"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\StageDesk"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "StageDesk {#AppVersion}"
Name: "{autodesktop}\StageDesk"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,StageDesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Registry] entries: the uninstaller removes exactly what
; was installed above, and never %LOCALAPPDATA%\StageDesk or the settings.
