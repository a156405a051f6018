#!/usr/bin/env bash
# Makes sure the browser tests (org.techmatch.ui) find Debian's chromium and chromium-driver at
# /usr/bin/chromium and /usr/bin/chromedriver, and a Chinese font (fonts-wqy-microhei). Installs them with apt-get when missing (as root, or with
# passwordless sudo); otherwise stops the build with what to do. Nothing is downloaded by Selenium itself.
set -euo pipefail

# A Chinese font too: without one every page (and screenshot) shows empty boxes instead of characters.
ready() {
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] \
    && /usr/bin/chromium --version >/dev/null 2>&1 && /usr/bin/chromedriver --version >/dev/null 2>&1 \
    && { ! command -v fc-list >/dev/null || [ -n "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; }
}

if ready; then
  exit 0
fi

echo "browser tests: chromium, chromium-driver or a Chinese font missing; installing them with apt-get" >&2
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "ERROR: the browser tests need chromium and chromium-driver (apt-get install chromium chromium-driver fonts-wqy-microhei)," >&2
  echo "       and this user can neither run apt-get nor sudo without a password. Install them, then run mvn test again." >&2
  exit 1
fi
# Another apt-get may hold the lock (e.g. CI installing in parallel): wait for it rather than fail at once.
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium chromium-driver fonts-wqy-microhei
if ! ready; then
  echo "ERROR: apt-get finished but /usr/bin/chromium or /usr/bin/chromedriver still does not run" >&2
  exit 1
fi
