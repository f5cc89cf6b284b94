#!/usr/bin/env bash
# Builds a release fiveaim and installs it with the folders it reads at run time:
#   PREFIX/bin/fiveaim
#   PREFIX/share/fiveaim/Indicators   (catalogue, rules, reference data)
#   PREFIX/share/fiveaim/Exports      (report templates and texts, comparison labels, extract specifications)
# The installed fiveaim finds share/fiveaim/ beside its bin/ folder, from any working directory, without environment
# variables (ResourceLocator; --catalog, --exports, FIVEAIM_CATALOG and FIVEAIM_EXPORTS still override it).
set -euo pipefail

usage() {
  cat <<'EOF'
usage: bash scripts/install.sh --prefix DIR

Builds fiveaim in release mode and installs DIR/bin/fiveaim with DIR/share/fiveaim/{Indicators,Exports}.
Installs the system packages first (scripts/install-system-packages.sh, which may ask for sudo).
Running it again replaces the binary and both folders with this checkout's.

  --prefix DIR   where to install, e.g. "$HOME/.local" (then put "$HOME/.local/bin" on PATH)
  -h, --help     show this help
EOF
}

prefix=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix)
      [ $# -ge 2 ] && [ -n "$2" ] || { echo "error: --prefix needs a folder" >&2; usage >&2; exit 64; }
      prefix=$2
      shift 2
      ;;
    --prefix=*)
      prefix=${1#--prefix=}
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      echo "error: unknown argument '$1'" >&2
      usage >&2
      exit 64
      ;;
  esac
done
[ -n "$prefix" ] || { echo "error: give --prefix DIR" >&2; usage >&2; exit 64; }

cd "$(dirname "$0")/.."
bash scripts/install-system-packages.sh
swift build -c release --product fiveaim
binary=$(swift build -c release --show-bin-path)/fiveaim

mkdir -p "$prefix/bin" "$prefix/share/fiveaim"
prefix=$(cd "$prefix" && pwd)
share="$prefix/share/fiveaim"

# Each folder is copied beside its target, then swapped in: a file dropped from this release does not linger, and an
# interrupted install leaves the previous folder or the new one, never a mix.
for folder in Indicators Exports; do
  staging=$(mktemp -d "$share/.$folder.XXXXXX")
  cp -R "$folder/." "$staging/"
  chmod -R u+rwX,go+rX "$staging"
  if [ -e "$share/$folder" ]; then
    old="$share/.$folder.old.$$"
    mv "$share/$folder" "$old"
    mv "$staging" "$share/$folder"
    rm -rf "$old"
  else
    mv "$staging" "$share/$folder"
  fi
done

# The binary too: copied under a temporary name, then renamed over the old one (a running fiveaim keeps its copy).
install -m 755 "$binary" "$prefix/bin/.fiveaim.new"
mv -f "$prefix/bin/.fiveaim.new" "$prefix/bin/fiveaim"

echo "installed $prefix/bin/fiveaim"
echo "  with $share/Indicators and $share/Exports"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "add $prefix/bin to PATH to run it as fiveaim, e.g. export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
