#!/usr/bin/env bash
# Installs Debian's chromium for the dashboard's browser test (tests/rollup/browser.test.ts), once: a machine that
# already has it is left alone. Run as root (CI is); the test finds /usr/bin/chromium or $CHROMIUM_PATH.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
command -v chromium >/dev/null 2>&1 || { echo "ci-browser: chromium did not install" >&2; exit 1; }
