#!/usr/bin/env bash
# The test suite drives real programs: headless Chromium (task pane), LibreOffice (recalculates
# generated workbooks), xmllint (manifest XSD) and openpyxl (an independent .xlsx reader).
# Install the Debian packages that are missing; do nothing when all are there.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "Installing Debian packages for the tests: ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" fonts-wqy-microhei >/dev/null
