#!/usr/bin/env bash
# Installs the real Prometheus server and promtool (Debian package `prometheus`) and VictoriaMetrics (Debian
# package `victoria-metrics`, a second PromQL backend the known answers run on) for the tests.
# Idempotent: returns at once when the binaries are already on PATH.
set -euo pipefail

if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 &&
  command -v victoria-metrics >/dev/null 2>&1; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-prometheus: not root and no sudo; install the Debian package 'prometheus' by hand" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
# The package's postinst tries to start a service; policy-rc.d 101 keeps it from starting one in CI containers.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  REMOVE_POLICY=1
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends prometheus victoria-metrics >/dev/null
if [ "${REMOVE_POLICY:-0}" = 1 ]; then
  $SUDO rm -f /usr/sbin/policy-rc.d
fi

command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 &&
  command -v victoria-metrics >/dev/null 2>&1 || {
  echo "install-prometheus: the packages installed but prometheus/promtool/victoria-metrics are not on PATH" >&2
  exit 1
}
