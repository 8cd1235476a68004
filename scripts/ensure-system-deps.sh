#!/usr/bin/env bash
# `pnpm setup:system`: the Debian packages the system tests (`*.system.test.ts`) and CI drive —
# headless Chromium (task pane), LibreOffice (recalculates generated workbooks), xmllint (manifest
# XSD), openpyxl (an independent .xlsx reader), gnumeric's ssconvert (a second spreadsheet engine)
# and poppler's pdftotext/pdftoppm (printed output), plus a CJK font so LibreOffice and Chromium
# lay out Chinese text. Installs only what is missing; does nothing when all are there.
# `pnpm test:unit` needs none of these.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v ssconvert >/dev/null 2>&1 || need+=(gnumeric)
{ command -v pdftotext && command -v pdftoppm; } >/dev/null 2>&1 || need+=(poppler-utils)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -eq 0 ]; then
  echo "System packages for the tests: all present."
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing programs for the system tests: ${need[*]} (Debian package names)." >&2
  echo "This script installs them with apt-get (Debian/Ubuntu); install them by hand elsewhere," >&2
  echo "or run only 'pnpm test:unit', which needs none of them." >&2
  exit 1
fi
echo "Installing Debian packages for the tests: ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
