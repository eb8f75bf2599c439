#!/usr/bin/env bash
# Everything the tests need on a fresh Debian machine: Debian's Chromium (end-to-end tests drive the real
# renderer in it; no tool may download its own browser) and the npm packages from the lock file.
# Electron's binary is not needed for the tests and is never downloaded here.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(chromium)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Electron 45 fetches its binary on first launch, not at install; keep it that way on CI too.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
