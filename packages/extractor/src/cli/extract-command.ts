/**
 * `kg extract` — entity extraction from the command line.
 *
 *   kg extract --jsonl            JSON lines {"id","text"} on stdin → {"id","entities":[{type,text,start,end}]}
 *   kg extract FILE...            a readable list per file
 *   kg extract --json FILE...     the same as JSON
 *
 * Never throws on input: a line that is not JSON, or has no text, gets an empty entity list.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { extractMentions } from '../recognize/pipeline.ts';
import { initTokenizer } from '../recognize/tokenizer.ts';

interface EntityOut {
  type: string;
  text: string;
  start: number;
  end: number;
}

function extractEntities(text: string): EntityOut[] {
  try {
    return extractMentions(text).mentions.map((m) => ({ type: m.type, text: m.text, start: m.start, end: m.end }));
  } catch (error) {
    process.stderr.write(`kg extract: ${error instanceof Error ? error.message : String(error)}\n`);
    return [];
  }
}

function parseLine(line: string): { id: unknown; text: string } {
  try {
    const value: unknown = JSON.parse(line);
    if (value && typeof value === 'object') {
      const row = value as { id?: unknown; text?: unknown };
      return { id: row.id ?? null, text: typeof row.text === 'string' ? row.text : '' };
    }
  } catch {
    // fall through: not JSON
  }
  return { id: null, text: '' };
}

async function runJsonl(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const { id, text } = parseLine(line);
    const ok = process.stdout.write(`${JSON.stringify({ id, entities: extractEntities(text) })}\n`);
    if (!ok) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
  return 0;
}

async function runFiles(files: string[], asJson: boolean): Promise<number> {
  let failures = 0;
  const results: Array<{ file: string; entities: EntityOut[]; error?: string }> = [];
  for (const file of files) {
    try {
      const text = await readFile(file, 'utf8');
      results.push({ file, entities: extractEntities(text) });
    } catch (error) {
      failures++;
      results.push({ file, entities: [], error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (asJson) {
    process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
  } else {
    for (const r of results) {
      process.stdout.write(`== ${r.file}${r.error ? ` (unreadable: ${r.error})` : ''}: ${r.entities.length} entities\n`);
      for (const e of r.entities) process.stdout.write(`${String(e.start).padStart(7)} ${e.type.padEnd(12)} ${e.text}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

export async function runCommand(args: string[]): Promise<number> {
  initTokenizer();
  const files = args.filter((a) => !a.startsWith('--'));
  if (args.includes('--jsonl')) return runJsonl();
  if (files.length === 0) {
    process.stderr.write('usage: kg extract --jsonl < lines.jsonl | kg extract [--json] FILE...\n');
    return 2;
  }
  return runFiles(files, args.includes('--json'));
}
