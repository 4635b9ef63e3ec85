#!/usr/bin/env bash
# Makes sure the real Prometheus server and promtool (Debian package `prometheus`) and VictoriaMetrics (Debian
# package `victoria-metrics`, a second PromQL backend the known answers run on) are there for the tests.
# Returns at once when the binaries are on PATH. Installs the packages only in CI (CI=true) or when asked
# (SMANALYZER_INSTALL_PROMETHEUS=1): anywhere else it says how to install them and stops, since installing needs
# root or sudo. What it changes for the install (a policy-rc.d that keeps a package from starting a service) is
# put back on any exit: success, failure, Ctrl-C or kill.
set -euo pipefail

if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 &&
  command -v victoria-metrics >/dev/null 2>&1; then
  exit 0
fi

case "${SMANALYZER_INSTALL_PROMETHEUS:-}" in
  1 | true | yes) asked=1 ;;
  *) asked=0 ;;
esac
if [ "$asked" != 1 ] && [ "${CI:-}" != true ]; then
  {
    echo "install-servers: prometheus, promtool or victoria-metrics is missing (the tests run the real servers)."
    echo "Fix: install the Debian packages (sudo apt-get install -y prometheus victoria-metrics), or let this script do it:"
    echo "     SMANALYZER_INSTALL_PROMETHEUS=1 npm run test:all"
  } >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-servers: not root and no sudo; install the Debian packages 'prometheus' and 'victoria-metrics' by hand" >&2
    exit 1
  fi
fi

# The package's postinst tries to start a service; policy-rc.d 101 keeps it from starting one in CI containers.
# SMANALYZER_POLICY_RC_D moves the file for the script's own tests.
POLICY="${SMANALYZER_POLICY_RC_D:-/usr/sbin/policy-rc.d}"
created_policy=0
restore() {
  if [ "$created_policy" = 1 ]; then
    $SUDO rm -f "$POLICY"
    created_policy=0
  fi
}
trap restore EXIT
trap 'restore; exit 130' INT
trap 'restore; exit 143' TERM
trap 'restore; exit 129' HUP

if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  created_policy=1
  $SUDO chmod +x "$POLICY"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends prometheus victoria-metrics >/dev/null

command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 &&
  command -v victoria-metrics >/dev/null 2>&1 || {
  echo "install-servers: the packages installed but prometheus/promtool/victoria-metrics are not on PATH" >&2
  exit 1
}
