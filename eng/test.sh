#!/usr/bin/env bash
# Runs every test of Entente. Installs and starts what the tests need first, idempotently, when run as
# root on a Debian machine (PostgreSQL, and Chromium for the browser tests); needs the .NET 10 SDK.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "eng/test.sh: the .NET 10 SDK is required (https://dot.net); 'dotnet' is not on PATH" >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The run store's tests need a real PostgreSQL: install, start and prepare one (root on Debian only).
source eng/postgres-for-tests.sh
entente_postgres_setup

# The browser tests drive Debian's Chromium, never a browser Playwright downloads: install it (root on Debian only),
# idempotently, and require the tests to run; elsewhere they run if /usr/bin/chromium exists, else are skipped.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ]; then
  if [ ! -x /usr/bin/chromium ]; then
    echo "eng/test.sh: installing Chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -o DPkg::Lock::Timeout=120 chromium chromium-driver \
      || { apt-get -o DPkg::Lock::Timeout=120 update && apt-get install -y -o DPkg::Lock::Timeout=120 chromium chromium-driver; }
  fi
  export ENTENTE_REQUIRE_BROWSER=1
else
  echo "eng/test.sh: note: not root on Debian, so Chromium is not installed here; the browser tests run only if /usr/bin/chromium exists" >&2
fi

dotnet restore Entente.slnx
dotnet build Entente.slnx -c Release --no-restore
dotnet test Entente.slnx -c Release --no-build "$@"

# The CLI must publish as entente.dll and pack as a .NET tool.
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet publish src/Entente.Cli -c Release -o "$out/publish" --no-restore >/dev/null
test -f "$out/publish/entente.dll"
dotnet pack src/Entente.Cli -c Release -o "$out/packages" --no-restore >/dev/null
ls "$out/packages"/Entente.Cli.*.nupkg >/dev/null
dotnet "$out/publish/entente.dll" forecast examples/ec-cars-1994.yaml >/dev/null
# The published tool carries SQLite's native library: save a run and read it back.
dotnet "$out/publish/entente.dll" forecast examples/ec-cars-1994.yaml --store "$out/runs.db" >/dev/null 2>&1
dotnet "$out/publish/entente.dll" runs show 1 --store "$out/runs.db" >/dev/null
echo "eng/test.sh: all tests passed"
