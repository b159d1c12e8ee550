#!/usr/bin/env bash
# CI: build the Linux bundle and .deb, check the package, run the bundled
# self-test offscreen, and compile the Windows installer script.
#
#   packaging/ci_bundle_check.sh            (PYTHON=/path/to/python to choose the interpreter)
#
# Then installs, upgrades and uninstalls the Windows installer (dummy payload)
# under Wine and checks files, shortcut, registry and kept user data
# (packaging/windows/wine_check.py).
#
# Fails on any missing module or resource (the self-test imports every module
# and checks every shipped file) and on any makensis warning.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python}"
OUT="$ROOT/packaging/out"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

step "build the bundle and the .deb"
"$PYTHON" packaging/build.py

VERSION="$("$PYTHON" packaging/build.py --print-version)"
DEB="$(ls "$OUT"/barometer-desktop_"$VERSION"_*.deb)"

# The bundle must stay under 200 MB (issue 19; packaging/slim_linux.py).
BUNDLE_MB="$(du -sm "$OUT/dist/barometer-desktop" | cut -f1)"
echo "bundle size: ${BUNDLE_MB} MB"
[ "$BUNDLE_MB" -lt 200 ] || fail "the bundle is ${BUNDLE_MB} MB, more than the 200 MB budget"

step "check the .deb: $DEB"
dpkg-deb --info "$DEB" > "$WORK/info"
grep -q "^ Package: barometer-desktop$" "$WORK/info" || fail "control: wrong package name"
grep -q "^ Version: $VERSION$" "$WORK/info" || fail "control: version is not $VERSION"
dpkg-deb --contents "$DEB" > "$WORK/contents"
for entry in \
    "./opt/barometer-desktop/barometer-desktop$" \
    "./opt/barometer-desktop/barometer-desktop-cli( -> barometer-desktop)?$" \
    "./usr/bin/barometer-desktop -> /opt/barometer-desktop/barometer-desktop$" \
    "./usr/share/applications/barometer-desktop.desktop$" \
    "./usr/share/icons/hicolor/256x256/apps/barometer-desktop.png$" \
    "_shipped/database/migrations/env.py$" \
    "_shipped/database/seed/policy_2011.toml$" \
    "_shipped/resources/translations/barometer_da.qm$" \
    "PySide6/Qt/translations/qtbase_da.qm$"; do
  grep -Eq "$entry" "$WORK/contents" || fail "the package lacks $entry"
done
for unwanted in "/pytest/" "/PyInstaller/" "/hypothesis/" "libQt6Qml" "libQt6Quick" "libQt6Pdf"; do
  if grep -q "$unwanted" "$WORK/contents"; then fail "the package carries $unwanted"; fi
done
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate packaging/linux/barometer-desktop.desktop
fi

step "install into a temporary root and run the bundled self-test"
dpkg -x "$DEB" "$WORK/root"
INSTALLED_MB="$(du -sm "$WORK/root" | cut -f1)"
echo "installed size: ${INSTALLED_MB} MB"
env -u BAROMETER_DB QT_QPA_PLATFORM=offscreen BAROMETER_DATA_DIR="$WORK/appdata" \
  "$WORK/root/opt/barometer-desktop/barometer-desktop-cli" self-test > "$WORK/self-test.json" \
  || { cat "$WORK/self-test.json"; fail "the bundled self-test failed"; }
cat "$WORK/self-test.json"
"$PYTHON" - "$WORK/self-test.json" <<'PY'
import json, sys
result = json.loads(open(sys.argv[1], encoding="utf-8").read().strip().splitlines()[-1])
assert result["status"] == "ok", result
assert result["frozen"] is True, "the self-test did not run from the bundle"
assert "startup_to_first_paint" in result["timings_ms"], result
PY
env -u BAROMETER_DB BAROMETER_DATA_DIR="$WORK/appdata2" \
  "$WORK/root/opt/barometer-desktop/barometer-desktop-cli" db init --demo > /dev/null \
  || fail "the bundled 'db init --demo' failed"

step "compile the Windows installer script (dummy payload)"
"$PYTHON" packaging/build.py --nsis-only

step "install, upgrade and uninstall the Windows installer under Wine"
"$PYTHON" packaging/windows/wine_check.py

echo
echo "bundle check passed (bundle ${BUNDLE_MB} MB, installed size ${INSTALLED_MB} MB)"
