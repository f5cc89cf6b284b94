#!/usr/bin/env bash
# Stops the throw-away server of scripts/postgres-start.sh (same $FIVEAIM_PG_DIR) and removes its folder.
set -euo pipefail

dir=${FIVEAIM_PG_DIR:-${TMPDIR:-/tmp}/fiveaim-postgres-$(id -u)}
[ -d "$dir" ] || exit 0

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$candidate/pg_ctl" ]; then bindir=$candidate; break; fi
done
[ -n "$bindir" ] || bindir=$(dirname "$(command -v pg_ctl)")

as_owner=()
[ "$(id -u)" -ne 0 ] || as_owner=(runuser -u postgres --)
if [ -f "$dir/data/postmaster.pid" ]; then
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
fi
rm -rf "$dir"
echo "postgres: stopped and removed $dir" >&2
