#!/usr/bin/env bash
# The GPU checks on a CUDA device: the executor contract and the kernels' conformance suite (tests/Entente.Gpu.Tests,
# run on the device), then 'entente gpu check' and 'entente bench gpu'.
#
#   bash eng/gpu-check.sh pack DIR   on a machine with the .NET 10 SDK: puts what the checks need into DIR (about
#                                    55 MB: the CLI, the test assembly, xunit's console runner, the .NET runtime)
#   bash eng/gpu-check.sh run DIR    on the GPU machine (needs no .NET and no network): runs the checks from DIR
#   bash eng/gpu-check.sh            both in turn, on a machine with the SDK and a GPU
#
# ENTENTE_GPU_CHECK_DEVICE=cpu runs the same steps with the kernels on ILGPU's CPU accelerator, to try the script
# where there is no GPU (slow: the benchmark then times a few hundred trials).
set -euo pipefail
cd "$(dirname "$0")/.."

pack() {
  local dir=$1
  rm -rf "$dir" && mkdir -p "$dir"
  # Framework-dependent and not precompiled: a third of the size; the web app's static files are not needed here.
  dotnet publish src/Entente.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=false -o "$dir/app" >/dev/null
  rm -rf "$dir/app/wwwroot"
  dotnet publish tests/Entente.Gpu.Tests -c Release -o "$dir/tests" >/dev/null
  # What the console runner does not use: coverage collectors and other platforms' native libraries.
  rm -rf "$dir/tests/CodeCoverage" "$dir/tests/macos" "$dir/tests/win-"* "$dir/tests/runtimes/"{win,osx}*
  # Packed, the whole fits the 64 MiB a lent GPU machine receives.
  (cd "$dir" && tar -cJf app.tar.xz app && tar -cJf tests.tar.xz tests && rm -rf app tests)
  local packages
  packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
  cp -r "$packages/xunit.runner.console/2.4.1/tools/netcoreapp2.0" "$dir/xunit"
  # The runtime this SDK runs on: the host and the shared frameworks the CLI needs (.NET and ASP.NET Core).
  local root
  root=$(dirname "$(readlink -f "$(command -v dotnet)")")
  local version
  version=$(dotnet --list-runtimes | awk '/^Microsoft.NETCore.App 10\./ {v=$2} END {print v}')
  (cd "$root" && tar -cJf "$OLDPWD/$dir/dotnet-runtime.tar.xz" dotnet host \
    "shared/Microsoft.NETCore.App/$version" "shared/Microsoft.AspNetCore.App/$version")
  du -sh "$dir"
}

run() {
  local dir
  dir=$(readlink -f "$1")
  if ! dotnet --list-runtimes 2>/dev/null | grep -q '^Microsoft.NETCore.App 10\.'; then
    local runtime=/tmp/entente-dotnet
    mkdir -p "$runtime" && tar -xJf "$dir/dotnet-runtime.tar.xz" -C "$runtime"
    export DOTNET_ROOT=$runtime PATH=$runtime:$PATH
  fi
  local unpacked=/tmp/entente-gpu-check
  rm -rf "$unpacked" && mkdir -p "$unpacked"
  tar -xJf "$dir/app.tar.xz" -C "$unpacked" && tar -xJf "$dir/tests.tar.xz" -C "$unpacked"
  local device=${ENTENTE_GPU_CHECK_DEVICE:-cuda}
  local status=0
  echo "== the executor contract and the kernels' conformance suite, on the $device device"
  ENTENTE_TEST_DEVICE=$device DOTNET_ROLL_FORWARD=Major dotnet "$dir/xunit/xunit.console.dll" "$unpacked/tests/Entente.Gpu.Tests.dll" -nologo -nocolor || status=1
  echo "== entente gpu check"
  dotnet "$unpacked/app/entente.dll" gpu check || status=1
  echo "== entente bench gpu"
  if [ "$device" = cuda ]; then
    dotnet "$unpacked/app/entente.dll" bench gpu || status=1
  else
    dotnet "$unpacked/app/entente.dll" bench gpu --trials 200 --gpu-trials 50 || status=1
  fi
  return $status
}

case "${1:-}" in
  pack) pack "${2:?usage: gpu-check.sh pack DIR}" ;;
  run) run "${2:?usage: gpu-check.sh run DIR}" ;;
  "") dir=$(mktemp -d) && pack "$dir" && run "$dir" ;;
  *) echo "usage: gpu-check.sh [pack DIR | run DIR]" >&2; exit 2 ;;
esac
