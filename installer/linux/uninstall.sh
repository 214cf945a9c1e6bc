#!/bin/sh
# Remove ropa for the current user. Your registers (~/.local/share/ropa) are kept.
set -eu
PREFIX=${PREFIX:-"$HOME/.local"}
DATA=${XDG_DATA_HOME:-"$HOME/.local/share"}
[ "$PREFIX" = "$HOME/.local" ] || DATA="$PREFIX/share"

rm -rf "$PREFIX/opt/ropa"
rm -f "$PREFIX/bin/ropa" "$PREFIX/bin/ropa-gui"
rm -f "$DATA/applications/ropa.desktop" "$DATA/mime/packages/ropa.xml"
rm -f "$DATA"/icons/hicolor/*/apps/ropa.png "$DATA"/icons/hicolor/*/mimetypes/application-x-ropa.png
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
echo "ropa is removed. Your registers are kept (in ${XDG_DATA_HOME:-$HOME/.local/share}/ropa)."
