#!/usr/bin/env bash
# Build JourneyMapper as a self-contained one-folder app with PyInstaller, then check it.
#
#   packaging/build.sh            # Linux or macOS; the app lands in build/pyinstaller/dist/
#   packaging/build.sh --check    # only check an app built before
#
# It makes a venv of its own (build/pyinstaller/venv), installs the project with
# its "packaging" extra (PyInstaller) there, builds packaging/journeymapper.spec
# and checks the result without a display, from outside the source tree and with
# a bare environment: `journeymapper --version`, `validate` of the bundled
# examples, a PDF export of an example map and atlas, a PNG export (Qt's
# offscreen platform plug-in) and the editor starting on a map without an error.
# Windows: see packaging/README.md (the same steps in PowerShell, then Inno Setup).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${BUILD_DIR:-$ROOT/build/pyinstaller}
PYTHON=${PYTHON:-python3}
only_check=false
[ "${1:-}" = "--check" ] && only_check=true

case $(uname -s) in
    Darwin) app_dir=$BUILD/dist/JourneyMapper.app/Contents/MacOS
            program=$app_dir/journeymapper
            resources=$BUILD/dist/JourneyMapper.app/Contents/Resources/journeymapper/_resources ;;
    *)      app_dir=$BUILD/dist/journeymapper
            program=$app_dir/journeymapper
            resources=$app_dir/_internal/journeymapper/_resources ;;
esac

if ! $only_check; then
    started=$(date +%s)
    venv=$BUILD/venv
    [ -x "$venv/bin/python" ] || "$PYTHON" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet "$ROOT[packaging]"
    if [ "$(uname -s)" = Darwin ]; then   # the .icns the spec gives the bundle (iconutil is macOS-only)
        rm -rf "$ROOT/build/journeymapper.iconset"
        "$venv/bin/python" packaging/make_icons.py --iconset "$ROOT/build/journeymapper.iconset" >/dev/null
        iconutil -c icns "$ROOT/build/journeymapper.iconset" -o "$ROOT/build/journeymapper.icns"
    fi
    "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
        --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/journeymapper.spec
    if [ "$(uname -s)" != Darwin ]; then   # desktop integration for the app folder (finds it beside itself)
        cp packaging/linux/install-desktop-files.sh "$app_dir/"
    fi
    echo "built $app_dir in $(( $(date +%s) - started )) s"
fi

# ---- the check: a bare environment, a scratch folder away from the source tree ----
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
run() { (cd "$scratch" && env -i HOME="$scratch" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"); }
fail() { echo "CHECK FAILED: $*" >&2; exit 1; }

version=$(run "$program" --version) || fail "--version exited with an error"
echo "--version: $version"
[[ $version == "JourneyMapper "* ]] || fail "--version printed: $version"

examples=$resources/examples
run "$program" validate "$examples"/*.journey "$examples"/*.atlas || fail "validate of the bundled examples"

run "$program" export "$examples/lifecycle.journey" --pdf "$scratch/lifecycle.pdf" --today 2026-11-22 \
    || fail "PDF export of lifecycle.journey"
run "$program" export "$examples/broadband.atlas" --pdf "$scratch/broadband.pdf" --csv "$scratch/broadband.csv" \
    --today 2026-11-22 || fail "PDF export of broadband.atlas"
for pdf in lifecycle broadband; do
    [ "$(head -c 5 "$scratch/$pdf.pdf")" = "%PDF-" ] || fail "$pdf.pdf is not a PDF"
done
run "$program" export "$examples/support-call.journey" --png "$scratch/support-call.png" --scale 1 \
    || fail "PNG export (Qt offscreen)"
[ "$(head -c 4 "$scratch/support-call.png" | tail -c 3)" = "PNG" ] || fail "support-call.png is not a PNG"

# the editor: started offscreen on a copy of a map (it writes a lock file beside what it opens, and
# the app folder is no place for one), it must still be running after a few seconds, without a traceback
cp "$examples/support-call.journey" "$scratch/"
status=0
run timeout 8 "$program" "$scratch/support-call.journey" >"$scratch/gui.log" 2>&1 || status=$?
if [ "$status" != 124 ] || grep -q "Traceback\|Error" "$scratch/gui.log"; then
    cat "$scratch/gui.log" >&2
    fail "the editor did not start (exit status $status)"
fi
echo "editor: started offscreen and ran until stopped"

# the bundled resources are exactly the source tree's: nothing missing, nothing left behind by the check
if ! diff <(cd "$resources" && find . | sort) <(cd "$ROOT/resources" && find . | sort) >"$scratch/tree.diff"; then
    cat "$scratch/tree.diff" >&2
    fail "the app's resources differ from resources/ (< in the app, > in the source tree)"
fi
echo "size: $(du -sh "$BUILD/dist" | cut -f1) in $(find "$BUILD/dist" -type f | wc -l) files"
echo "check passed"
