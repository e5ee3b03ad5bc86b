#!/usr/bin/env bash
# Installs the Debian packages the tests use for real: raptor2-utils (rapper, an independent
# RDF parser) and chromium (pages checked in a headless browser). Idempotent; needs root or
# sudo and the Debian mirror. Skips what is already there.
set -euo pipefail
need=()
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing Debian packages: ${need[*]}"
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
