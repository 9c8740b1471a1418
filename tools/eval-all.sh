#!/usr/bin/env bash
# Scores the extractor on the shared dev set, every packages/extractor/eval/own-check*.jsonl set (corpus passages we
# annotated) and the synth-*.jsonl sets (passages written in the style of work reports with invented names and real
# places; rules were tuned on synth-1 and synth-2, never on synth-3 and synth-4, which check that rules generalise).
#   tools/eval-all.sh            one line per set (strict F1 per type, all, lenient) and the own-check sets pooled
#   tools/eval-all.sh ctx GOLD   the misses of one set, each with its context
cd "$(dirname "$0")/.."
if [ "${1:-}" = ctx ]; then
  gold="$2"
  bash tools/eval-extract.sh "$gold" --misses 2>/dev/null | grep -P '^(missed|spurious)' > /tmp/ctx.$$.tsv
  node -e "
const fs=require('fs');const g=new Map(fs.readFileSync(process.argv[1],'utf8').trim().split('\n').map(l=>{const r=JSON.parse(l);return [r.id,r.text]}));
for(const l of fs.readFileSync(process.argv[2],'utf8').trim().split('\n')){if(!l)continue;const [k,id,t,s]=l.split('\t');const x=g.get(id);const i=x.indexOf(s);console.log(k.padEnd(8),t.padEnd(12),s.padEnd(16),id.padEnd(24),'…'+x.slice(Math.max(0,i-14),i).replace(/\n/g,' ')+'['+s+']'+x.slice(i+s.length,i+s.length+14).replace(/\n/g,' '))}" "$gold" /tmp/ctx.$$.tsv
  rm -f /tmp/ctx.$$.tsv; exit 0
fi
pool="$(mktemp -d)/own-pool.jsonl"; cat packages/extractor/eval/own-check*.jsonl > $pool
sets="../shared/eval/dev.jsonl $(ls packages/extractor/eval/own-check*.jsonl) $pool $(ls packages/extractor/eval/synth-*.jsonl)"
printf '%-14s %6s %6s %6s %6s %6s %6s %6s | %6s %6s\n' set slog pol proj comp park org reg all len
for g in $sets; do
  bash tools/eval-extract.sh "$g" 2>/dev/null | awk -v n="$(basename $g .jsonl)" '/^(slogan|policy|project|company|park|organization|region|all|lenient) /{v[$1]=$4; if($1=="all"){tp=0}} /^all /{p=$2;r=$3;gold=$5;pred=$6} END{printf "%-14s %6s %6s %6s %6s %6s %6s %6s | %6s %6s   (gold %s pred %s P %s R %s)\n", n, v["slogan"],v["policy"],v["project"],v["company"],v["park"],v["organization"],v["region"],v["all"],v["lenient"],gold,pred,p,r}'
done
rm -f $pool
