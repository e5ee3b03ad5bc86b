#!/usr/bin/env bash
# Installs the Debian packages the tests use for real: raptor2-utils (rapper, an independent
# RDF parser), chromium (pages checked in a headless browser) and nginx-light (the documented
# content-negotiation snippet run in a real nginx). Idempotent; needs root or
# sudo and the Debian mirror. Skips what is already there, fails if a tool is still missing.
set -euo pipefail
need=()
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing Debian packages: ${need[*]}"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The tests skip a tool only when it is missing; under `make test` it must be there.
for tool in rapper chromium; do
  command -v "$tool" >/dev/null 2>&1 || { echo "Error: $tool is still missing after the install. Install it with apt-get." >&2; exit 1; }
done
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { echo "Error: nginx is still missing after the install. Install nginx-light with apt-get." >&2; exit 1; }
