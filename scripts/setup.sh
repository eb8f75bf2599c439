#!/usr/bin/env bash
# Everything the tests need on a fresh Debian machine:
# - Debian's Chromium (end-to-end tests drive the real renderer in it; no tool may download its own browser),
#   LibreOffice 25.2, poppler-utils and the Fandol fonts for the layout check (scripts/setup-layout-tools.sh);
# - the npm packages from the lock file. Electron's binary is not needed for the tests and is never downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-layout-tools.sh

# Electron 45 fetches its binary on first launch, not at install; keep it that way on CI too.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
