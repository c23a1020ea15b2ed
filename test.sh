#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs the pinned Azurite (npm ci), builds, starts ONE in-memory
# Azurite for the run, runs every test project, and ends with "tests: N passed, N failed, N skipped".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export AISEC_REPO_ROOT="$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "test.sh: error: '$tool' is not on PATH (needs the .NET 10 SDK and Node.js 18+ with npm)" >&2; exit 1; }
done

if [ ! -f tools/azurite/node_modules/azurite/dist/src/azurite.js ]; then
  echo "test.sh: installing Azurite (npm ci in tools/azurite)"
  (cd tools/azurite && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "test.sh: building"
dotnet build AiSecFunctions.sln -c Release -nologo -v quiet -warnaserror

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
blob=$(free_port); queue=$(free_port); table=$(free_port)
log="$(mktemp -t aisec-azurite.XXXXXX.log)"
# The emulator stops by itself when this script exits, however it exits (tools/azurite/run.js watches our pid).
AISEC_PARENT_PID=$$ node tools/azurite/run.js --inMemoryPersistence --silent --skipApiVersionCheck --disableProductStyleUrl \
  --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" --tableHost 127.0.0.1 --tablePort "$table" \
  >"$log" 2>&1 &
azurite=$!
trap 'kill "$azurite" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$blob") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$queue") 2>/dev/null \
     && (exec 3<>"/dev/tcp/127.0.0.1/$table") 2>/dev/null; then break; fi
  kill -0 "$azurite" 2>/dev/null || { echo "test.sh: error: Azurite exited: $(cat "$log")" >&2; exit 1; }
  sleep 0.2
done
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export AISEC_TEST_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
echo "test.sh: Azurite on 127.0.0.1:$blob/$queue/$table"

results="$root/artifacts/test-output.log"
mkdir -p "$(dirname "$results")"
set +e
dotnet test --solution AiSecFunctions.sln -c Release --no-build --no-progress "$@" 2>&1 | tee "$results"
status=${PIPESTATUS[0]}
set -e

sum() { grep -E "^\s+$1: [0-9]+" "$results" | awk '{s+=$2} END {print s+0}'; }
passed=$(sum succeeded); failed=$(sum failed); skipped=$(sum skipped)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
