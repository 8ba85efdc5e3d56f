#!/bin/sh
# Installs every Debian 12 (bookworm) tool the lab tests drive: real RDP servers (xrdp, FreeRDP shadow on
# Xvfb), certificate generation, namespaces and firewall faults, path tools, and the scanners used by the
# benchmark. Idempotent and non-interactive, so CI (root on a fresh machine) and developers run the same thing.
set -eu

# xrdp, freerdp2-shadow-x11 + winpr-utils (winpr-hash for the NLA SAM file) + xvfb: the real RDP servers.
# openssl: lab certificates. iproute2, iptables, procps (sysctl): namespaces and network faults.
# util-linux: setpriv, so lab servers die with the test worker. iputils-*: path checks. nmap, sslscan: benchmark.
# postgresql: the real server the PostgreSQL state store tests start (its binaries, not the system service).
# unzip: reads the Teams app package in its test (an unzip that is not ours).
PACKAGES="
xrdp
freerdp2-shadow-x11
winpr-utils
xvfb
openssl
iproute2
iptables
iputils-ping
iputils-tracepath
procps
util-linux
nmap
sslscan
postgresql
unzip
"

if [ "$(id -u)" -ne 0 ]; then
  echo "install-system-deps.sh must run as root (apt-get install needs it)" >&2
  exit 1
fi

# Skip the slow apt-get update when everything is already present, which keeps re-runs cheap.
missing=""
for pkg in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $pkg"
  fi
done

if [ -z "$missing" ]; then
  echo "All system dependencies already installed."
else
  echo "Installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  # shellcheck disable=SC2086 # word splitting of the package list is intended
  apt-get install -y --no-install-recommends $missing
fi

# Where systemd runs, the package starts xrdp on *:3389, which would stop the lab from binding
# 127.0.1.N:3389 itself. The lab starts its own xrdp instances; the system service is not needed.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  if systemctl is-active --quiet xrdp.service || systemctl is-enabled --quiet xrdp.service 2>/dev/null; then
    echo "Stopping and disabling the system xrdp service (the lab runs its own instances)."
    systemctl disable --now xrdp.service xrdp-sesman.service || true
  fi
fi
