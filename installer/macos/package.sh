# macOS configuration, sourced by installer/build.sh: Fleetscope.app in a .dmg and in a .pkg.
# Signing and notarization run only when their credentials are in the environment (installer/README.md):
#   MACOS_SIGNING_NAME      team or user name of the "Developer ID Application/Installer: NAME" certificates
#   MACOS_SIGNING_KEYCHAIN  optional: the keychain that holds them
#   MACOS_NOTARY_PROFILE    a notarytool keychain profile, or else all three of
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD (an app-specific password)
# Without them the packages are unsigned: fine to build and try, Gatekeeper warns on other Macs.
icon="$out/icons/fleetscope.icns"
bundle=(--mac-package-identifier dev.fleetscope.console --mac-package-name Fleetscope)

signing=()
if [ -n "${MACOS_SIGNING_NAME:-}" ]; then
  signing=(--mac-sign --mac-signing-key-user-name "$MACOS_SIGNING_NAME")
  if [ -n "${MACOS_SIGNING_KEYCHAIN:-}" ]; then signing+=(--mac-signing-keychain "$MACOS_SIGNING_KEYCHAIN"); fi
fi
# Info.plist in resources/ is jpackage's template plus the entries Fleetscope wants (see the file).
image_options=("${bundle[@]}" --mac-app-category developer-tools --resource-dir "$here/macos/resources"
  ${signing[@]+"${signing[@]}"})

notarize() {
  local credentials=()
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    credentials=(--keychain-profile "$MACOS_NOTARY_PROFILE")
  elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
    credentials=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID"
      --password "$MACOS_NOTARY_PASSWORD")
  else
    return 0
  fi
  if [ ${#signing[@]} -eq 0 ]; then
    echo "notarization needs signed packages: set MACOS_SIGNING_NAME too" >&2
    exit 1
  fi
  echo "notarizing $1 (waits for Apple's answer)"
  local answer
  answer="$(xcrun notarytool submit "$1" "${credentials[@]}" --wait --output-format json)"
  echo "$answer"
  echo "$answer" | grep -q '"status" *: *"Accepted"' || { echo "notarization of $1 was not accepted" >&2; exit 1; }
  xcrun stapler staple "$1"
}

make_packages() {
  local app=(--app-image "$out/Fleetscope.app" --dest "$out" "${bundle[@]}" ${signing[@]+"${signing[@]}"})
  "$java_bin/jpackage" --type dmg "${common[@]}" "${app[@]}"
  "$java_bin/jpackage" --type pkg "${common[@]}" "${app[@]}"
  for package in "$out"/*.dmg "$out"/*.pkg; do
    notarize "$package"
  done
}
