#!/usr/bin/env bash
# Install (or remove) JourneyMapper's desktop integration for one user: the
# menu entry, the .journey and .atlas file types (so double-clicking a file
# opens it), the AppStream metadata and the icons, into ~/.local/share.
#
#   packaging/linux/install-desktop-files.sh                  # after `pip install journeymapper`
#   packaging/linux/install-desktop-files.sh --uninstall
#   dist/journeymapper/install-desktop-files.sh               # in a built app folder (build.sh copies it there)
#   install-desktop-files.sh --prefix /usr/local/share        # system-wide (as root)
#
# Options:
#   --prefix DIR      the XDG data folder to install into (default: ${XDG_DATA_HOME:-~/.local/share})
#   --exec COMMAND    the program the menu entry and file types start (default: the built app
#                     beside this script, else the `journeymapper` beside $PYTHON (a venv's), else
#                     `journeymapper` as found on PATH, as an absolute path)
#   --resources DIR   JourneyMapper's resources folder (default: found beside this script, in the
#                     source checkout, or from the installed package through $PYTHON, default python3)
#   --uninstall       remove what an install put there
#
# Plain copies followed by update-mime-database and update-desktop-database
# (each run only when installed, as on every desktop Linux distribution).
set -euo pipefail

APP_ID=io.github.journeymapper.JourneyMapper
MIME_ICONS=(application-x-journeymapper-map application-x-journeymapper-atlas)
APP_SIZES=(16 24 32 48 64 128 256 512)
MIME_SIZES=(16 24 32 48 64 128 256)

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
exec_command=""
resources=""
uninstall=false

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case $1 in
        --prefix) prefix=$2; shift 2 ;;
        --exec) exec_command=$2; shift 2 ;;
        --resources) resources=$2; shift 2 ;;
        --uninstall) uninstall=true; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install-desktop-files.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

if [ -z "$resources" ]; then
    if [ -d "$here/_internal/journeymapper/_resources/linux" ]; then   # a PyInstaller app folder
        resources=$here/_internal/journeymapper/_resources
        [ -n "$exec_command" ] || exec_command=$here/journeymapper
    elif [ -d "$here/../../resources/linux" ]; then                     # the source checkout
        resources=$(cd "$here/../../resources" && pwd)
    else                                                                  # an installed package
        resources=$("${PYTHON:-python3}" -c \
            'from journeymapper.resources import resources_root; print(resources_root())' 2>/dev/null) || {
            echo "install-desktop-files.sh: cannot find JourneyMapper's resources; give --resources DIR" \
                 "or set PYTHON to the Python that JourneyMapper is installed in" >&2
            exit 1
        }
    fi
fi
if [ -z "$exec_command" ]; then
    python_bin=$(command -v "${PYTHON:-python3}" || true)
    if [ -n "$python_bin" ] && [ -x "$(dirname "$python_bin")/journeymapper" ]; then   # a venv's command
        exec_command=$(dirname "$python_bin")/journeymapper
    else
        exec_command=$(command -v journeymapper || echo journeymapper)
    fi
fi

targets=(
    "$prefix/applications/$APP_ID.desktop"
    "$prefix/mime/packages/$APP_ID.xml"
    "$prefix/metainfo/$APP_ID.metainfo.xml"
    "$prefix/icons/hicolor/scalable/apps/$APP_ID.svg"
)
for size in "${APP_SIZES[@]}"; do
    targets+=("$prefix/icons/hicolor/${size}x${size}/apps/$APP_ID.png")
done
for name in "${MIME_ICONS[@]}"; do
    targets+=("$prefix/icons/hicolor/scalable/mimetypes/$name.svg")
    for size in "${MIME_SIZES[@]}"; do
        targets+=("$prefix/icons/hicolor/${size}x${size}/mimetypes/$name.png")
    done
done

refresh() {
    if command -v update-mime-database >/dev/null; then
        update-mime-database "$prefix/mime"
    else
        echo "note: update-mime-database not found (package shared-mime-info): file types not registered yet" >&2
    fi
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$prefix/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$prefix/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$prefix/icons/hicolor" || true
    fi
}

if $uninstall; then
    rm -f "${targets[@]}"
    [ -d "$prefix/mime/packages" ] && refresh
    echo "removed JourneyMapper's desktop files from $prefix"
    exit 0
fi

# The Exec value, quoted as the Desktop Entry specification asks when it holds a space or a quote
exec_value=$exec_command
case $exec_command in
    *[[:space:]\"\`\$\\]*)
        # the quoting's backslashes, then the string escape that doubles every backslash
        escaped=$(printf '%s' "$exec_command" | sed 's/[\\"`$]/\\&/g; s/\\/\\\\/g')
        exec_value="\"$escaped\"" ;;
esac

linux=$resources/linux
icons=$resources/icons
install -d "$prefix/applications" "$prefix/mime/packages" "$prefix/metainfo"
# sed's replacement treats & and \ specially: escape them in the value
sed_value=$(printf '%s' "$exec_value" | sed 's/[&\\|]/\\&/g')
sed "s|^Exec=journeymapper |Exec=$sed_value |" "$linux/$APP_ID.desktop" > "$prefix/applications/$APP_ID.desktop.new"
chmod 644 "$prefix/applications/$APP_ID.desktop.new"
mv "$prefix/applications/$APP_ID.desktop.new" "$prefix/applications/$APP_ID.desktop"
install -m 644 "$linux/$APP_ID.mime.xml" "$prefix/mime/packages/$APP_ID.xml"
install -m 644 "$linux/$APP_ID.metainfo.xml" "$prefix/metainfo/$APP_ID.metainfo.xml"
install -D -m 644 "$icons/journeymapper.svg" "$prefix/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in "${APP_SIZES[@]}"; do
    install -D -m 644 "$icons/journeymapper-$size.png" "$prefix/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
for name in "${MIME_ICONS[@]}"; do
    install -D -m 644 "$icons/mimetypes/$name.svg" "$prefix/icons/hicolor/scalable/mimetypes/$name.svg"
    for size in "${MIME_SIZES[@]}"; do
        install -D -m 644 "$icons/mimetypes/$name-$size.png" "$prefix/icons/hicolor/${size}x${size}/mimetypes/$name.png"
    done
done
refresh
echo "installed JourneyMapper's desktop files into $prefix (Exec=$exec_value)"
