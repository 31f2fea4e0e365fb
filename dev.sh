#!/usr/bin/env bash
# Developer entry point. `./dev.sh run` serves the API, `./dev.sh test` runs every test.
# Without ConnectionStrings__Articles both start a private PostgreSQL under .data/ first.
set -euo pipefail
CALLER_DIR=$(pwd) # `import` takes paths relative to where it was called from
cd "$(dirname "$0")"
ROOT=$(pwd)

PG_PORT_FILE=$ROOT/.data/port
PG_PORT=${ARTICLEAPI_PG_PORT:-$(cat "$PG_PORT_FILE" 2>/dev/null || echo 55432)}
PG_DATA=$ROOT/.data/pg
PG_SOCKETS=$ROOT/.data/sockets
PG_LOG=$ROOT/.data/postgres.log
PG_PASSWORD_FILE=$ROOT/.data/password
API_URL=${ARTICLEAPI_URL:-http://127.0.0.1:5080}

usage() {
  cat <<EOF
usage: ./dev.sh <command>
  run        start the API on $API_URL (Swagger UI at /swagger)
  test       run the whole test suite; ends with "N passed, N failed"
  import [options] PATH...
             store the articles in NDJSON files or folders of them (resumable; --help for options)
             in the dev database, or the one ConnectionStrings__Articles names
  token      print an editor bearer token for the dev API (dotnet user-jwts); extra
             options go to user-jwts, e.g. --audience articleapi for docker compose
  bench      load 1,000,000 articles (once) into a benchmark database and measure the API and
             PostgreSQL on the scenarios in bench/README.md; writes bench/RESULTS.md and bench/plans/
  bench extraction
             time entity extraction per article (no database); writes bench/EXTRACTION.md
  db         start the private PostgreSQL only and print its connection string
  check-deploy
             check docker-compose.yml (docker-compose config, every profile) and lint the
             Dockerfile (dockerfile-utils); needs no Docker engine
  psql       open psql on the private database
  stop       stop the private PostgreSQL
EOF
}

log() { echo "dev.sh: $*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# PostgreSQL refuses to run as root, so as root the cluster belongs to the postgres user.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

find_pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

install_postgres() {
  log "PostgreSQL server binaries not found; installing the postgresql package with apt"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

# The cluster lives under .data/ unless the postgres user cannot reach this checkout
# (a clone under /root, say); then it lives under /var/tmp and .data/pg links to it.
prepare_data_dir() {
  mkdir -p "$ROOT/.data"
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$ROOT/.data" 2>/dev/null; then
    local elsewhere
    elsewhere=/var/tmp/articleapi-$(echo "$ROOT" | md5sum | cut -c1-12)
    mkdir -p "$elsewhere"
    [ -L "$PG_DATA" ] || ln -s "$elsewhere/pg" "$PG_DATA"
    PG_SOCKETS=$elsewhere/sockets
    chown postgres: "$elsewhere"
    log "postgres cannot reach $ROOT; cluster kept in $elsewhere"
  fi
}

ensure_postgres() {
  if [ -n "${ConnectionStrings__Articles:-}" ]; then
    log "using the configured ConnectionStrings__Articles"
    return
  fi
  local bin
  bin=$(find_pg_bin) || { install_postgres; bin=$(find_pg_bin); }
  prepare_data_dir
  if [ ! -f "$PG_PASSWORD_FILE" ]; then
    head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$PG_PASSWORD_FILE"
    chmod 600 "$PG_PASSWORD_FILE"
  fi
  local password
  password=$(cat "$PG_PASSWORD_FILE")
  mkdir -p "$PG_SOCKETS"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_SOCKETS"; fi

  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    # Another checkout's cluster may hold the default port: take the next free one, and keep it.
    while port_in_use "$PG_PORT"; do PG_PORT=$((PG_PORT + 1)); done
    echo "$PG_PORT" > "$PG_PORT_FILE"
    log "creating a private PostgreSQL cluster in $PG_DATA"
    local pwfile
    pwfile=$(mktemp)
    echo "$password" > "$pwfile"
    if [ "$(id -u)" -eq 0 ]; then
      mkdir -p "$(readlink -f "$PG_DATA")"
      chown postgres: "$(readlink -f "$PG_DATA")" "$pwfile"
    fi
    as_pg_owner "$bin/initdb" -D "$PG_DATA" -U articleapi --pwfile="$pwfile" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
    cat >> "$PG_DATA/postgresql.conf" <<EOF
# ArticleApi development cluster
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCKETS'
max_connections = 300
shared_buffers = 512MB
work_mem = 16MB
maintenance_work_mem = 512MB
effective_cache_size = 4GB
random_page_cost = 1.1
max_wal_size = 4GB
EOF
  fi

  if ! as_pg_owner "$bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    touch "$PG_LOG"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$PG_LOG"; fi
    as_pg_owner "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null
  fi

  if ! as_pg_owner "$bin/psql" -h "$PG_SOCKETS" -p "$PG_PORT" -U articleapi -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'articleapi'" | grep -q 1; then
    as_pg_owner "$bin/psql" -h "$PG_SOCKETS" -p "$PG_PORT" -U articleapi -d postgres -qc "CREATE DATABASE articleapi" 
  fi
  export ConnectionStrings__Articles="Host=127.0.0.1;Port=$PG_PORT;Database=articleapi;Username=articleapi;Password=$password"
}

stop_postgres() {
  local bin
  bin=$(find_pg_bin) || return 0
  if [ -f "$PG_DATA/PG_VERSION" ]; then
    as_pg_owner "$bin/pg_ctl" -D "$PG_DATA" -m fast stop || true
  fi
}

# What can be checked without a Docker engine: the compose file as docker-compose reads it, with and
# without the observability profile, and the Dockerfile by dockerfile-utils' linter (hadolint is not
# packaged for Debian). Installs docker-compose with apt and the linter with npm on first use.
check_deployment() {
  if ! command -v docker-compose >/dev/null; then
    log "installing docker-compose"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
  fi
  docker-compose -f "$ROOT/docker-compose.yml" config -q
  docker-compose -f "$ROOT/docker-compose.yml" --profile observability config -q
  local tools=$ROOT/.data/tools
  if [ ! -x "$tools/node_modules/.bin/dockerfile-utils" ]; then
    command -v npm >/dev/null || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
    mkdir -p "$tools"
    npm install --prefix "$tools" --silent --no-audit --no-fund dockerfile-utils@0.16.3 >/dev/null
  fi
  "$tools/node_modules/.bin/dockerfile-utils" lint "$ROOT/Dockerfile"
  log "docker-compose.yml and Dockerfile check out"
}

# Prints "N passed, N failed" from the TRX files of one run.
summarise_trx() {
  local dir=$1 passed=0 failed=0 file p f
  for file in "$dir"/*.trx; do
    [ -f "$file" ] || continue
    p=$(grep -o '<Counters [^>]*' "$file" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
    f=$(grep -o '<Counters [^>]*' "$file" | grep -oE ' (failed|error|timeout|aborted)="[0-9]*"' | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }')
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
  done
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}

# The Swagger UI test drives Debian's Chromium; Playwright's own browser download is not used.
ensure_chromium() {
  [ -x /usr/bin/chromium ] && return
  log "installing Debian's chromium for the browser test"
  { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; } ||
    log "could not install chromium: the browser test will fail"
}

run_tests() {
  ensure_postgres
  ensure_chromium
  local results=$ROOT/.test-results
  rm -rf "$results"
  local status=0
  dotnet test "$ROOT/ArticleApi.sln" -c Release --logger "trx" --results-directory "$results" "$@" || status=$?
  if ! ls "$results"/*.trx >/dev/null 2>&1; then
    echo "0 passed, 1 failed"
    log "no test results were written (the build or the test host failed; see above)"
    return 1
  fi
  summarise_trx "$results" && [ "$status" -eq 0 ]
}

run_bench() {
  ensure_postgres
  command -v wrk >/dev/null || { log "installing wrk"; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
  command -v pgbench >/dev/null || export PATH="$(find_pg_bin):$PATH"
  local database=${BENCH_DATABASE:-articleapi_bench}
  local settings="$ConnectionStrings__Articles"
  local bench_cs="${settings/Database=articleapi;/Database=$database;}"
  if ! psql "$(pg_url "$settings")" -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
    psql "$(pg_url "$settings")" -qc "CREATE DATABASE $database"
  fi
  dotnet build "$ROOT/bench/ArticleApi.Bench" -c Release -v q -nologo
  dotnet publish "$ROOT/src/ArticleApi" -c Release -o "$ROOT/bench/.work/api" -v q -nologo
  local tool="$ROOT/bench/ArticleApi.Bench/bin/Release/net10.0/ArticleApi.Bench.dll"
  dotnet "$tool" load "$bench_cs" "${BENCH_ARTICLES:-1000000}"
  dotnet "$tool" run "$bench_cs" "$ROOT/bench/.work/api/ArticleApi.dll" "${BENCH_SECONDS:-20}" "${BENCH_CONNECTIONS:-32}" 5091 "$ROOT/bench"
}

run_extraction_bench() {
  dotnet build "$ROOT/bench/ArticleApi.Bench" -c Release -v q -nologo
  dotnet "$ROOT/bench/ArticleApi.Bench/bin/Release/net10.0/ArticleApi.Bench.dll" extraction "$ROOT" "${BENCH_ROUNDS:-2000}"
}

# A libpq URL for an Npgsql connection string of the shape this script writes.
pg_url() {
  local cs=$1 host port db user password
  host=$(echo "$cs" | grep -o 'Host=[^;]*' | cut -d= -f2)
  port=$(echo "$cs" | grep -o 'Port=[^;]*' | cut -d= -f2)
  db=$(echo "$cs" | grep -o 'Database=[^;]*' | cut -d= -f2)
  user=$(echo "$cs" | grep -o 'Username=[^;]*' | cut -d= -f2)
  password=$(echo "$cs" | grep -o 'Password=[^;]*' | cut -d= -f2)
  echo "postgresql://$user:$password@$host:${port:-5432}/$db"
}

command=${1:-help}
shift || true
case "$command" in
  run)
    ensure_postgres
    exec dotnet run --project "$ROOT/src/ArticleApi" --no-launch-profile -- --urls "$API_URL" --environment "${ASPNETCORE_ENVIRONMENT:-Development}" "$@"
    ;;
  test) run_tests "$@" ;;
  import)
    ensure_postgres
    dotnet build "$ROOT/src/ArticleApi" -c Release -v q -nologo -clp:NoSummary >&2
    cd "$CALLER_DIR"
    exec dotnet "$ROOT/src/ArticleApi/bin/Release/net10.0/ArticleApi.dll" import "$@"
    ;;
  bench)
    if [ "${1:-}" = extraction ]; then run_extraction_bench; else run_bench; fi
    ;;
  token)
    dotnet user-jwts create --project "$ROOT/src/ArticleApi" --role editor --name editor --output token "$@"
    ;;
  db)
    ensure_postgres
    echo "$ConnectionStrings__Articles"
    ;;
  psql)
    ensure_postgres
    exec env PGPASSWORD="$(cat "$PG_PASSWORD_FILE")" psql -h 127.0.0.1 -p "$PG_PORT" -U articleapi articleapi "$@"
    ;;
  check-deploy) check_deployment ;;
  stop) stop_postgres ;;
  *) usage; [ "$command" = help ] ;;
esac
