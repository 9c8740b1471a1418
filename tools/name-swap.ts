/**
 * Writes a name-swapped copy of a gold file, to check that the extractor reads shapes, not memorised names:
 * every region is replaced by another gazetteer name of the same level word, and the specific part of every
 * other entity (its characters before the head word) by invented firm-style characters.
 *   npx tsx tools/name-swap.ts GOLD.jsonl [SEED] > SWAPPED.jsonl
 */
import { readFileSync } from 'node:fs';
import { loadGazetteer } from '../packages/extractor/src/gazetteer/gazetteer.ts';

interface GoldEntity { type: string; text: string }
interface GoldPassage { id: string; text: string; entities: GoldEntity[] }

const NAME_CHARS = '华鑫泰宏达源盛恒兴瑞丰金裕昌博宇嘉润信德安康凯隆祥晟铭豪弘逸骏澜璟煜炜琨峻岚翊'.split('');
const HEADS = ['有限公司', '公司', '集团', '项目', '工程', '产业园', '工业园', '园区', '开发区', '示范区', '基地', '中心', '大学', '学院', '医院', '研究院', '电站', '水库', '大道', '大桥', '高速公路', '铁路', '机场', '银行', '行动', '计划', '战略', '工作', '制度'];

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function inventSpecificPart(length: number, random: () => number): string {
  return Array.from({ length }, () => NAME_CHARS[Math.floor(random() * NAME_CHARS.length)]).join('');
}

function swapName(entity: GoldEntity, regionsByEnding: Map<string, string[]>, random: () => number): string | null {
  if (entity.type === 'slogan' || entity.type === 'policy') return null;
  if (entity.type === 'region') {
    const ending = entity.text.slice(-1);
    const pool = (regionsByEnding.get(ending) ?? []).filter((n) => n.length === entity.text.length && n !== entity.text);
    return pool.length ? (pool[Math.floor(random() * pool.length)] as string) : null;
  }
  const head = HEADS.find((h) => entity.text.endsWith(h) && entity.text.length > h.length + 1);
  const specificLength = Math.min(2, entity.text.length - (head?.length ?? 2));
  if (specificLength < 1) return null;
  return inventSpecificPart(specificLength, random) + entity.text.slice(specificLength);
}

function swapPassage(passage: GoldPassage, regionsByEnding: Map<string, string[]>, random: () => number): GoldPassage {
  const replacements = new Map<string, string>();
  for (const entity of [...passage.entities].sort((a, b) => b.text.length - a.text.length)) {
    if (replacements.has(entity.text) || [...replacements.keys()].some((k) => k.includes(entity.text))) continue;
    const swapped = swapName(entity, regionsByEnding, random);
    if (swapped) replacements.set(entity.text, swapped);
  }
  if (replacements.size === 0) return passage;
  const keys = [...replacements.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(keys.join('|'), 'g');
  const apply = (s: string) => s.replace(pattern, (m) => replacements.get(m) ?? m);
  const text = apply(passage.text);
  // A name seen only inside a longer swapped name is gone from the text; the scorer would count it missed.
  const entities = passage.entities.map((e) => ({ type: e.type, text: apply(e.text) }))
    .filter((e, i, all) => text.includes(e.text) && all.findIndex((x) => x.type === e.type && x.text === e.text) === i);
  return { id: passage.id, text, entities };
}

const [goldPath, seedText] = process.argv.slice(2);
if (!goldPath) throw new Error('usage: tsx tools/name-swap.ts GOLD.jsonl [SEED]');
const random = createRandom(Number(seedText ?? 1));
const regionsByEnding = new Map<string, string[]>();
for (const name of loadGazetteer().names.keys()) {
  const ending = name.slice(-1);
  regionsByEnding.set(ending, [...(regionsByEnding.get(ending) ?? []), name]);
}
for (const line of readFileSync(goldPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const swapped = swapPassage(JSON.parse(line) as GoldPassage, regionsByEnding, random);
  process.stdout.write(JSON.stringify(swapped) + '\n');
}
