#!/bin/sh
# Install ropa for the current user (no root needed):
#   the program in ~/.local/opt/ropa, the commands ropa and ropa-gui in ~/.local/bin,
#   a menu entry, the icon, and the .ropa file type (a double-click opens the register).
# Your registers are not here: they live in ~/.local/share/ropa and are never touched.
# PREFIX=/some/where ./install.sh installs under another prefix (default ~/.local).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
APPDIR="$PREFIX/opt/ropa"
BINDIR="$PREFIX/bin"
DATA=${XDG_DATA_HOME:-"$HOME/.local/share"}
[ "$PREFIX" = "$HOME/.local" ] || DATA="$PREFIX/share"

rm -rf "$APPDIR"
mkdir -p "$APPDIR" "$BINDIR" "$DATA/applications" "$DATA/mime/packages"
cp -R "$HERE/ropa/." "$APPDIR/"
cp "$HERE/uninstall.sh" "$APPDIR/uninstall.sh"
ln -sf "$APPDIR/ropa" "$BINDIR/ropa"
ln -sf "$APPDIR/ropa-gui" "$BINDIR/ropa-gui"

sed "s|@BINDIR@|$APPDIR|" "$HERE/share/ropa.desktop" > "$DATA/applications/ropa.desktop"
cp "$HERE/share/ropa-mime.xml" "$DATA/mime/packages/ropa.xml"
for png in "$HERE"/share/icons/ropa-*.png; do
    size=$(basename "$png" .png | sed 's/ropa-//')
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps" "$DATA/icons/hicolor/${size}x${size}/mimetypes"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/apps/ropa.png"
    cp "$png" "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-ropa.png"
done

# Refresh the desktop's caches when the tools are there (a server has none: nothing to do).
command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$DATA/mime" || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
command -v xdg-mime >/dev/null 2>&1 && xdg-mime default ropa.desktop application/x-ropa || true

echo "ropa is installed in $APPDIR."
case ":$PATH:" in
    *":$BINDIR:"*) ;;
    *) echo "Add $BINDIR to your PATH to type 'ropa' in a terminal." ;;
esac
