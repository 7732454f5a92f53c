#!/bin/sh
# Links Fleetscope's desktop entry, icons and `fleetscope` command from /opt/fleetscope into /usr, or removes
# those links: `integrate.sh install|remove`, run by the .deb's postinst/prerm and the .rpm's %post/%preun.
# It replaces jpackage's --linux-shortcut, whose xdg-utils calls fail the install on a machine without a desktop
# (no menu directories), and it never fails a package operation: with no desktop there is just nothing to refresh.
app=/opt/fleetscope
sizes="16 24 32 48 64 128 256 512"

# What is linked: one "target link" pair a line.
links() {
  echo "$app/lib/desktop/fleetscope.desktop /usr/share/applications/fleetscope.desktop"
  for s in $sizes; do
    echo "$app/lib/desktop/fleetscope-$s.png /usr/share/icons/hicolor/${s}x${s}/apps/fleetscope.png"
  done
  echo "$app/bin/Fleetscope /usr/bin/fleetscope"
}

refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications; fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor; fi
}

case "${1:-}" in
  install)
    links | while read -r target link; do mkdir -p "$(dirname "$link")" && ln -sf "$target" "$link"; done ;;
  remove)
    # A link is removed only if it is still ours.
    links | while read -r target link; do
      if [ "$(readlink "$link" 2>/dev/null)" = "$target" ]; then rm -f "$link"; fi
    done ;;
  *)
    echo "usage: integrate.sh install|remove" >&2
    exit 2
    ;;
esac
refresh 2>/dev/null
exit 0
