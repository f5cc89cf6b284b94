#!/usr/bin/env bash
# Installs the Debian packages FiveAim builds and runs with. Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(libcsv-dev pkg-config postgresql libpq-dev libxlsxwriter-dev pandoc librsvg2-bin tidy)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: installing ${missing[*]} needs root (or sudo)" >&2; exit 77; }
  as_root=(sudo)
fi
echo "installing system packages: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
