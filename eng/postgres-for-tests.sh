#!/usr/bin/env bash
# Sourced by eng/test.sh: installs, starts and prepares a local PostgreSQL for the run store's tests, idempotently,
# then exports ENTENTE_TEST_POSTGRES and ENTENTE_REQUIRE_POSTGRES=1 so that those tests run and must pass.
# Only as root on Debian; elsewhere it says so and the PostgreSQL tests are skipped (each names the reason).

entente_postgres_setup() {
  if [ -n "${ENTENTE_TEST_POSTGRES:-}" ]; then
    echo "eng/test.sh: PostgreSQL tests use the database in ENTENTE_TEST_POSTGRES"
    return 0
  fi
  if [ "$(id -u)" != 0 ] || [ ! -f /etc/debian_version ]; then
    echo "eng/test.sh: note: not root on Debian, so PostgreSQL is not installed here; the PostgreSQL run-store tests" \
         "will be skipped (set ENTENTE_TEST_POSTGRES=Host=...;Username=...;Password=...;Database=... to run them)" >&2
    return 0
  fi

  local apt=(apt-get -o DPkg::Lock::Timeout=120)
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! command -v psql >/dev/null 2>&1 || ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "eng/test.sh: installing PostgreSQL"
    export DEBIAN_FRONTEND=noninteractive
    # The package lists may be missing or stale on a bare machine; refresh them only when the install needs it.
    "${apt[@]}" install -y postgresql || { "${apt[@]}" update && "${apt[@]}" install -y postgresql; }
  fi

  if [ -z "$(pg_lsclusters -h)" ]; then
    local major
    major=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    echo "eng/test.sh: creating PostgreSQL $major cluster 'main'"
    pg_createcluster "$major" main
  fi

  local version cluster port status
  read -r version cluster port status _ < <(pg_lsclusters -h | head -n 1)
  if [[ "$status" != online* ]]; then
    echo "eng/test.sh: starting PostgreSQL $version/$cluster on port $port"
    pg_ctlcluster "$version" "$cluster" start
  fi
  local tries=0
  until pg_isready -q -h 127.0.0.1 -p "$port"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 30 ]; then
      echo "eng/test.sh: PostgreSQL $version/$cluster did not accept connections on 127.0.0.1:$port" >&2
      return 1
    fi
    sleep 1
  done

  # The tests create and drop one schema each inside this database, so they can run in parallel and repeatedly.
  local role=entente_test password=entente_test database=entente_test
  (cd /tmp && runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -p "$port" -d postgres) <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role LOGIN; END IF;
END \$\$;
ALTER ROLE $role LOGIN PASSWORD '$password';
SELECT 'CREATE DATABASE $database OWNER $role' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$database')\gexec
SQL
  # amcheck (shipped with PostgreSQL) is the integrity check 'entente runs check' runs on a PostgreSQL store.
  (cd /tmp && runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -p "$port" -d "$database") <<SQL
CREATE EXTENSION IF NOT EXISTS amcheck;
GRANT EXECUTE ON FUNCTION verify_heapam(regclass, boolean, boolean, text, bigint, bigint) TO $role;
GRANT EXECUTE ON FUNCTION bt_index_check(regclass, boolean) TO $role;
SQL

  export ENTENTE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=$database"
  export ENTENTE_REQUIRE_POSTGRES=1
  echo "eng/test.sh: PostgreSQL $version ready on 127.0.0.1:$port (database $database)"
}
