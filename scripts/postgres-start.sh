#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for tests and benchmarks: initdb + pg_ctl into a folder of its
# own, listening on 127.0.0.1 only, on a free port, with a random password (scram-sha-256).
# Prints `export FIVEAIM_TEST_DATABASE_URL=…` on stdout (use: eval "$(bash scripts/postgres-start.sh)");
# everything else goes to stderr. Idempotent: a server already running in the folder is reused.
# The folder is $FIVEAIM_PG_DIR, default ${TMPDIR:-/tmp}/fiveaim-postgres-<uid>. Stop: scripts/postgres-stop.sh.
# initdb refuses to run as root: as root, the server runs as the `postgres` user (created if missing).
set -euo pipefail

dir=${FIVEAIM_PG_DIR:-${TMPDIR:-/tmp}/fiveaim-postgres-$(id -u)}

bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then bindir=$candidate; break; fi
done
if [ -z "$bindir" ] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
  bindir=$(dirname "$(command -v initdb)")
fi
[ -n "$bindir" ] || { echo "error: no PostgreSQL server binaries (initdb, pg_ctl); install Debian's postgresql (scripts/install-system-packages.sh)" >&2; exit 69; }

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin postgres
  fi
  as_owner=(runuser -u postgres --)
fi

url_of() { echo "postgresql://fiveaim:$(cat "$dir/password")@127.0.0.1:$(cat "$dir/port")/postgres"; }

if [ -f "$dir/port" ] && [ -f "$dir/password" ] && "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
  echo "postgres: reusing the server in $dir on port $(cat "$dir/port")" >&2
  echo "export FIVEAIM_TEST_DATABASE_URL='$(url_of)'"
  exit 0
fi

mkdir -p "$dir"
chmod 700 "$dir"
[ ${#as_owner[@]} -eq 0 ] || chown postgres "$dir"
rm -rf "$dir/data" "$dir/port"
# A random password: the server accepts only scram-sha-256 logins over TCP.
head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$dir/password"
[ ${#as_owner[@]} -eq 0 ] || chown postgres "$dir/password"
"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U fiveaim --pwfile="$dir/password" --auth-local=scram-sha-256 \
  --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=$(( 20000 + RANDOM % 20000 ))
for attempt in $(seq 1 20); do
  while port_in_use "$port"; do port=$(( port + 1 )); done
  if "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      >/dev/null 2>&1; then
    echo "$port" > "$dir/port"
    echo "postgres: server running in $dir on 127.0.0.1:$port ($("$bindir/postgres" --version))" >&2
    echo "export FIVEAIM_TEST_DATABASE_URL='$(url_of)'"
    exit 0
  fi
  port=$(( port + 1 ))
done
echo "error: the PostgreSQL server did not start; see $dir/server.log" >&2
tail -n 20 "$dir/server.log" >&2 || true
exit 1
