#!/usr/bin/env sh
# Sets up a fresh machine for development, then runs the app or the tests.
#   sh installers/dev/bootstrap.sh run   -- the app on embedded defaults, with demo data
#   sh installers/dev/bootstrap.sh test  -- the whole test suite
# Creates .venv beside this repository; installs Qt's system libraries on Debian/Ubuntu when run as root.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
what=${1:-test}
shift || true

need_debs="libpulse0 libpulse-mainloop-glib0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \
libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libegl1 libgl1 libfontconfig1 libdbus-1-3 \
fonts-dejavu-core fonts-noto-color-emoji xvfb xauth"  # the colour emoji font: no empty boxes
if command -v dpkg-query >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  missing=""
  for p in $need_debs; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"; done
  if [ -n "$missing" ]; then
    echo "Installing system libraries:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
# Three distributions from this one repository: the protocol, the server, the desktop (with dev tools).
.venv/bin/python -m pip install -q --disable-pip-version-check \
  -e distributions/jumelage-protocol -e distributions/jumelage-server -e ".[dev]"
.venv/bin/python -m desktop.ui.i18n build

case "$what" in
  run)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ] && command -v xvfb-run >/dev/null 2>&1; then
      echo "No display found: starting the app on a virtual screen (xvfb-run), which you cannot see."
      echo "To look at it, take a picture of the window, for example:"
      echo "  sh installers/dev/bootstrap.sh run --sign-in marc --screenshot /tmp/jumelage.png --quit-after 8"
      exec xvfb-run -a .venv/bin/jumelage --demo "$@"
    fi
    exec .venv/bin/jumelage --demo "$@" ;;
  test)
    .venv/bin/lint-imports
    .venv/bin/mypy
    exec .venv/bin/python -m pytest "$@" ;;
  *) echo "usage: bootstrap.sh run|test" >&2; exit 2 ;;
esac
