#!/usr/bin/env bash
# The programs the tests drive for real: Debian's Chromium (the task pane, headless), Thai fonts (so
# Thai renders), LibreOffice Calc (to open generated workbooks and compute their formulas) and
# Python's openpyxl and XlsxWriter (workbooks as other programs write them, pandas among them).
# `check` only reports; `install` installs what is missing with apt-get (as root, or with sudo).
set -euo pipefail

PACKAGES=(chromium fonts-thai-tlwg libreoffice-calc-nogui python3-openpyxl python3-xlsxwriter)

missing() {
  [ -x /usr/bin/chromium ] || echo chromium
  fc-list :lang=th 2>/dev/null | grep -q . || echo fonts-thai-tlwg
  command -v soffice >/dev/null 2>&1 || echo libreoffice-calc-nogui
  /usr/bin/python3 -c 'import openpyxl' 2>/dev/null || echo python3-openpyxl
  /usr/bin/python3 -c 'import xlsxwriter' 2>/dev/null || echo python3-xlsxwriter
}

case "${1:-check}" in
  check)
    m=$(missing | tr '\n' ' ')
    if [ -n "$m" ]; then
      echo "Missing system packages for the tests: $m" >&2
      echo "Install them with: bash scripts/system-deps.sh install   (Debian/Ubuntu, needs root or sudo)" >&2
      exit 1
    fi
    ;;
  install)
    m=$(missing | tr '\n' ' ')
    [ -z "$m" ] && exit 0
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${PACKAGES[@]}"
    ;;
  *)
    echo "usage: $0 check|install" >&2
    exit 2
    ;;
esac
