#!/usr/bin/env bash
# Scores `kg extract --jsonl` against a gold file (default: the shared dev set).
#   tools/eval-extract.sh [GOLD.jsonl] [--misses]
set -euo pipefail
cd "$(dirname "$0")/.."
gold="${1:-../shared/eval/dev.jsonl}"
shift || true
pred="$(mktemp)"
trap 'rm -f "$pred"' EXIT
node -e "for (const l of require('fs').readFileSync(process.argv[1],'utf8').split('\n')) if (l.trim()) { const r = JSON.parse(l); console.log(JSON.stringify({id: r.id, text: r.text})) }" "$gold" \
  | npx pnpm@10.34.8 --silent kg extract --jsonl > "$pred"
node ../shared/eval/score.mjs "$gold" "$pred" "$@"
