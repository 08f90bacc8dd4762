#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL for the storage tests, then exports
# DANVAN_TEST_POSTGRES, an Npgsql connection string for role "danvan" (LOGIN CREATEDB, pg_signal_backend).
#
#   source .ci/postgres.sh      # as root on Debian 12; safe to run again and again
#
# The cluster listens on 127.0.0.1 only. The role's password is generated once, kept in a
# root-only file and never printed, so re-running does not invalidate connection strings held elsewhere.
# Written to be sourced: no `set -e` (it would leak into the caller's shell); the work runs in a
# subshell with its own strict mode and only the export happens in the caller.

danvan_pg_setup() (
  set -euo pipefail
  local password_file=/root/.danvan-postgres-password

  if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
  fi

  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
    pg_createcluster "$version" main >&2
  fi

  # Loopback only: the test server must never be reachable from outside the machine.
  # A conf.d drop-in (read after postgresql.conf) rather than editing the main file.
  local conf_dir="/etc/postgresql/$version/main/conf.d"
  mkdir -p "$conf_dir"
  printf "listen_addresses = '127.0.0.1'\n" > "$conf_dir/danvan-loopback.conf"

  local status
  status=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')
  if [ "$status" = "online" ]; then
    # Already running: reload picks up listen_addresses only on restart, so restart if it differs.
    local current
    current=$(su postgres -c "psql -tAc 'show listen_addresses'" 2>/dev/null || true)
    if [ "$current" != "127.0.0.1" ]; then pg_ctlcluster "$version" main restart >&2; fi
  else
    pg_ctlcluster "$version" main start >&2 || {
      # Exit code 2 means "already running" (a race with another caller): that is fine.
      [ $? -eq 2 ] || exit 1
    }
  fi

  if [ ! -s "$password_file" ]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$password_file")
  fi
  local password
  password=$(cat "$password_file")

  # The password goes through stdin, not the command line, so it never shows in `ps`.
  su postgres -c "psql -v ON_ERROR_STOP=1 -q -d postgres" >&2 <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'danvan') THEN
    CREATE ROLE danvan LOGIN CREATEDB;
  END IF;
END
\$\$;
ALTER ROLE danvan WITH LOGIN CREATEDB PASSWORD '${password}';
-- DROP DATABASE ... WITH (FORCE) must end every session on the test database. PostgreSQL 15 counts an
-- autovacuum worker that happens to be vacuuming it as another role's process, and refuses a non-superuser
-- ("must be a member of the role whose process is being terminated"): the tests' cleanup then fails at random.
GRANT pg_signal_backend TO danvan;
SQL

  local port
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
  printf 'Host=127.0.0.1;Port=%s;Username=danvan;Password=%s;Database=postgres' "$port" "$password"
)

if DANVAN_TEST_POSTGRES=$(danvan_pg_setup); then
  export DANVAN_TEST_POSTGRES
  echo "PostgreSQL ready on 127.0.0.1 for role danvan; DANVAN_TEST_POSTGRES exported." >&2
else
  echo "PostgreSQL setup failed; DANVAN_TEST_POSTGRES not set." >&2
  unset DANVAN_TEST_POSTGRES
fi
unset -f danvan_pg_setup
