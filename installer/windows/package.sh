# Windows configuration, sourced by installer/build.sh (under Git Bash): an .msi made by jpackage with the WiX
# Toolset (3.14 on the PATH or in Program Files, or WiX 4/5 with its Util and UI extensions).
icon="$out/icons/fleetscope.ico"

# Fleetscope.exe is a windowed program: Windows drops its console output and a shell does not wait for it. The
# command line (and CI's --smoke) therefore has a console launcher of its own, fleetscope-cli.exe, kept out of
# the Start menu.
printf 'win-console=true\nwin-menu=false\nwin-shortcut=false\ndescription=Fleetscope command line\n' \
  > "$out/fleetscope-cli.properties"
image_options=(--add-launcher "fleetscope-cli=$out/fleetscope-cli.properties")

# Never change this: Windows Installer recognises an installed Fleetscope by it and replaces that version on
# upgrade (a higher --app-version is then required; the MSI compares its first three numbers).
upgrade_uuid=cc815b86-386b-49a5-8f11-24a763c49416

make_packages() {
  # Per user: installs under %LOCALAPPDATA%\Fleetscope without administrator rights.
  "$java_bin/jpackage" --type msi "${common[@]}" --app-image "$out/Fleetscope" --dest "$out" \
    --win-upgrade-uuid "$upgrade_uuid" --win-per-user-install --win-dir-chooser \
    --win-menu --win-menu-group Fleetscope --win-shortcut --win-shortcut-prompt
}
