#!/usr/bin/env bash
# The browser test's browser: Debian's chromium and its WebDriver (chromium-driver), installed
# with apt-get only when /usr/bin/chromium or /usr/bin/chromedriver is missing. Needs root (or
# sudo) the first time; does nothing at all when both are already there.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    echo "chromium and chromedriver are installed: $(/usr/bin/chromium --version 2>/dev/null)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "error: installing chromium needs root or sudo" >&2; exit 1; }
    SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium chromium-driver
/usr/bin/chromium --version
