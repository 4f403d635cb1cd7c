; Inno Setup 6 script: JourneyMapper's Windows installer, from the app folder PyInstaller builds.
;
;   pyinstaller --noconfirm --distpath build\pyinstaller\dist --workpath build\pyinstaller\work packaging\journeymapper.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\journeymapper.iss      (see packaging\README.md)
;
; Installs per user without administrator rights by default (the first page offers
; "for all users"), adds a Start menu entry, an optional desktop shortcut, and opens
; .journey maps and .atlas atlases with JourneyMapper on double-click, each with its own icon.
; Paths are relative to this file.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z packaging\windows\journeymapper.iss (journeymapper.__version__)
#endif
#define AppName "JourneyMapper"
#define AppExe "journeymapper.exe"
#define AppDir "..\..\build\pyinstaller\dist\journeymapper"
#define Icons "{app}\_internal\journeymapper\_resources\icons"

[Setup]
; The AppId identifies the installation for upgrades and uninstalling: never change it.
AppId={{C1D3EE9D-12D0-4CD1-8884-A823EAE53E00}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The JourneyMapper team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\journeymapper.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\build\installer
OutputBaseFilename=JourneyMapper-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#AppDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Edit customer journey maps and their action plans"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for an all-users one.
; .journey -> JourneyMapper.Map
Root: HKA; Subkey: "Software\Classes\.journey"; ValueType: string; ValueName: ""; ValueData: "JourneyMapper.Map"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.journey"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-journeymapper-map"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.journey\OpenWithProgids"; ValueType: string; ValueName: "JourneyMapper.Map"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\JourneyMapper.Map"; ValueType: string; ValueName: ""; ValueData: "JourneyMapper journey map"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\JourneyMapper.Map\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{#Icons}\mimetypes\application-x-journeymapper-map.ico"
Root: HKA; Subkey: "Software\Classes\JourneyMapper.Map\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; .atlas -> JourneyMapper.Atlas
Root: HKA; Subkey: "Software\Classes\.atlas"; ValueType: string; ValueName: ""; ValueData: "JourneyMapper.Atlas"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.atlas"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-journeymapper-atlas"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.atlas\OpenWithProgids"; ValueType: string; ValueName: "JourneyMapper.Atlas"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\JourneyMapper.Atlas"; ValueType: string; ValueName: ""; ValueData: "JourneyMapper journey atlas"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\JourneyMapper.Atlas\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{#Icons}\mimetypes\application-x-journeymapper-atlas.ico"
Root: HKA; Subkey: "Software\Classes\JourneyMapper.Atlas\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; "Open with" lists JourneyMapper for both types
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".journey"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".atlas"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
