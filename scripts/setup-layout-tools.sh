#!/usr/bin/env bash
# Tools for the layout check (test/layout): LibreOffice 25.2 from Debian's bookworm-backports (Debian 12's own
# 7.4 draws a negative-charSpace document grid wrong: 14 instead of 28 characters per line), poppler-utils
# (pdftotext, pdffonts, pdftoppm), Debian's Chromium, Liberation fonts (metric-compatible Times New Roman),
# and the Fandol fonts taken out of Debian's texlive-lang-chinese package into resources/fonts/fandol/.
#
# Idempotent and fast when everything is in place (only dpkg queries and file checks, no network).
# Usage:  bash scripts/setup-layout-tools.sh            # system packages (needs root or sudo) + fonts
#         bash scripts/setup-layout-tools.sh --fonts    # only the Fandol fonts (no root needed; for builds)
set -euo pipefail
cd "$(dirname "$0")/.."

FONT_DIR=resources/fonts/fandol
# The faces the app and the test fontconfig use (Fandol's Braille faces are left out).
FONT_FILES=(FandolFang-Regular.otf FandolKai-Regular.otf FandolHei-Regular.otf FandolHei-Bold.otf
  FandolSong-Regular.otf FandolSong-Bold.otf)
LO_PACKAGE=libreoffice-writer-nogui
LO_VERSION_PREFIX='4:25.2'
OTHER_PACKAGES=(poppler-utils chromium fonts-liberation2 fontconfig)

started=$EPOCHREALTIME
fonts_only=false
[ "${1:-}" = "--fonts" ] && fonts_only=true

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
export DEBIAN_FRONTEND=noninteractive

installed_version() { { dpkg-query -W -f='${db:Status-Abbrev} ${Version}' "$1" 2>/dev/null || true; } | awk '$1=="ii"{print $2}'; }

# The URI of the enabled Debian archive entry for bookworm (not -security), read from apt's own sources,
# so that backports come from the same mirror (or snapshot) the machine already uses.
debian_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    # deb822: one paragraph per blank-line-separated block; we need Types: deb, Suites with bookworm.
    awk 'BEGIN{RS=""; FS="\n"}
      {
        types=""; uris=""; suites=""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^Types:/)  { types=$i }
          if ($i ~ /^URIs:/)   { uris=$i; sub(/^URIs:[ \t]*/, "", uris) }
          if ($i ~ /^Suites:/) { suites=" " $i " " }
          if ($i ~ /^Enabled:[ \t]*no/) { types="" }
        }
        if (types ~ /[ \t]deb([ \t]|$)/ && suites ~ /[ \t]bookworm[ \t]/) { split(uris, u, /[ \t]+/); print u[1]; exit }
      }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -e "$f" ] || continue
    # one-line format: deb [options] URI suite components...
    sed -E 's/\[[^]]*\]//' "$f" | awk '$1=="deb" && $3=="bookworm" {print $2; exit}'
  done
}

signed_by_for() {
  local uri="$1" f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    awk -v uri="$uri" 'BEGIN{RS=""; FS="\n"}
      index($0, uri) { for (i = 1; i <= NF; i++) if ($i ~ /^Signed-By:/) { s=$i; sub(/^Signed-By:[ \t]*/, "", s); print s; exit } }' "$f"
  done | head -n 1
}

ensure_backports_source() {
  if grep -rqs --include='*.list' --include='*.sources' -E '(^|[[:space:]])bookworm-backports([[:space:]]|$)' \
      /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return 0
  fi
  local mirror signed_by
  mirror="$(debian_mirror | head -n 1)"
  if [ -z "$mirror" ]; then
    echo "setup-layout-tools: no enabled 'deb … bookworm' entry in /etc/apt/sources.list(.d); cannot add backports" >&2
    exit 1
  fi
  signed_by="$(signed_by_for "$mirror")"
  echo "setup-layout-tools: adding bookworm-backports from $mirror"
  {
    echo "# Added by BriefDesk scripts/setup-layout-tools.sh (LibreOffice 25.2 for the layout check)"
    echo "Types: deb"
    echo "URIs: $mirror"
    echo "Suites: bookworm-backports"
    echo "Components: main"
    [ -n "$signed_by" ] && echo "Signed-By: $signed_by"
  } | "${SUDO[@]}" tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
  APT_UPDATED=false
}

TMP_DIRS=()
trap 'rm -rf "${TMP_DIRS[@]}"' EXIT

APT_UPDATED=false
apt_update_once() {
  if [ "$APT_UPDATED" = false ]; then
    "${SUDO[@]}" apt-get update -qq
    APT_UPDATED=true
  fi
}

install_system_packages() {
  local lo_version missing=() pkg
  lo_version="$(installed_version "$LO_PACKAGE")"
  for pkg in "${OTHER_PACKAGES[@]}"; do
    [ -n "$(installed_version "$pkg")" ] || missing+=("$pkg")
  done
  if [[ "$lo_version" == "$LO_VERSION_PREFIX"* ]] && [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  ensure_backports_source
  apt_update_once
  if [[ "$lo_version" != "$LO_VERSION_PREFIX"* ]]; then
    # -t makes LibreOffice's own dependencies (libreoffice-core-nogui, -common, …) come from backports too.
    "${SUDO[@]}" apt-get install -y --no-install-recommends -t bookworm-backports "$LO_PACKAGE"
    lo_version="$(installed_version "$LO_PACKAGE")"
    if [[ "$lo_version" != "$LO_VERSION_PREFIX"* ]]; then
      echo "setup-layout-tools: expected $LO_PACKAGE $LO_VERSION_PREFIX*, got '$lo_version'" >&2
      exit 1
    fi
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
  fi
}

fonts_present() {
  local f
  for f in "${FONT_FILES[@]}" COPYING; do [ -s "$FONT_DIR/$f" ] || return 1; done
}

fetch_fandol_fonts() {
  fonts_present && return 0
  local tmp deb doc f src
  tmp="$(mktemp -d)"
  TMP_DIRS+=("$tmp")
  # apt's download sandbox user must be able to write the target folder when we run as root.
  chmod 0777 "$tmp"
  # Debian 12's own version (backports would only be picked if it were newer and pinned; be explicit).
  if ! (cd "$tmp" && apt-get download -qq texlive-lang-chinese/bookworm 2>/dev/null); then
    # Lists may be missing on a fresh machine; refreshing them needs root.
    apt_update_once
    (cd "$tmp" && apt-get download -qq texlive-lang-chinese/bookworm)
  fi
  deb="$(ls "$tmp"/texlive-lang-chinese_*.deb)"
  dpkg -x "$deb" "$tmp/x"
  mkdir -p "$FONT_DIR"
  for f in "${FONT_FILES[@]}"; do
    src="$(find "$tmp/x" -type f -name "$f" | head -n 1)"
    if [ -z "$src" ]; then
      echo "setup-layout-tools: $f not found in $(basename "$deb")" >&2
      exit 1
    fi
    cp "$src" "$FONT_DIR/$f"
  done
  # The GPL travels with the fonts (they ship inside the app), and so does upstream's README.
  doc="$(find "$tmp/x" -type d -path '*/doc/*/fandol' | head -n 1)"
  cp "$doc/README" "$FONT_DIR/README.fandol"
  gzip -dc "$doc/COPYING.gz" >"$FONT_DIR/COPYING"
  # Record where the files came from (resources/fonts/README.md explains it; this pins the package version).
  basename "$deb" >"$FONT_DIR/SOURCE"
  echo "setup-layout-tools: Fandol fonts copied from $(basename "$deb") into $FONT_DIR"
}

if [ "$fonts_only" = false ]; then
  install_system_packages
fi
fetch_fandol_fonts
# A fresh Debian 12 machine took ≈35 s here (≈135 MB: LibreOffice 84 MB, texlive-lang-chinese 49 MB,
# poppler and Liberation 2 MB; Chromium, if missing, another ≈115 MB); when all is in place, well under 1 s.
echo "setup-layout-tools: ready ($(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}') s)"
