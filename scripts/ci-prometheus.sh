#!/usr/bin/env bash
# Installs Debian's prometheus (the server and promtool) for the tests that query a real one
# (tests/support/prometheus), once: a machine that already has them is left alone. Run as root (CI is); the tests
# find /usr/bin/prometheus and /usr/bin/promtool, or $PROMETHEUS_PATH and $PROMTOOL_PATH.
set -euo pipefail
server="${PROMETHEUS_PATH:-/usr/bin/prometheus}"
tool="${PROMTOOL_PATH:-/usr/bin/promtool}"
if [ -x "$server" ] && [ -x "$tool" ]; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# --no-install-recommends: the server alone, not the node exporter and the web consoles it suggests.
apt-get install -y -qq --no-install-recommends prometheus >/dev/null
[ -x /usr/bin/prometheus ] && [ -x /usr/bin/promtool ] || { echo "ci-prometheus: prometheus did not install" >&2; exit 1; }
