import { readCorpus } from '../corpus/read-corpus.ts';
import type { SkippedFile, SourceDocument } from '../types.ts';

const USAGE = `usage: pnpm kg documents [--json] [PATH...]

Lists the documents found in the corpus (default: data/) with id, title, issuing region,
year (and how it was found), kind and length; then the files that were skipped and why.
  --json   print {documents, skipped} as JSON (documents without their text)
`;

/** Terminal columns of a string: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

function fit(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - (displayWidth(text) > width ? 1 : 0)) {
      out += '…';
      used += 1;
      break;
    }
    out += ch;
    used += w;
  }
  return out + ' '.repeat(Math.max(0, width - used));
}

function describeYear(doc: SourceDocument): string {
  if (doc.year === null) return '—';
  return `${doc.year} (${doc.yearSource ?? '?'})`;
}

function formatTable(documents: readonly SourceDocument[]): string {
  const rows = documents.map((d) => [
    d.id,
    d.title,
    d.region ? `${d.region.path.join(' ')} [${d.region.code}, ${d.region.level}]` : '—',
    describeYear(d),
    d.kind,
    String(d.text.length),
  ]);
  const header = ['id', 'title', 'issuing region [code, level]', 'year (how)', 'kind', 'chars'];
  const limits = [28, 34, 46, 16, 22, 7];
  const widths = header.map((h, i) => Math.min(limits[i] ?? 20, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? '')))));
  const line = (cells: string[]): string => cells.map((c, i) => fit(c, widths[i] ?? 10)).join('  ').trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  const notes = documents.filter((d) => d.yearNote).map((d) => `  ${d.id}: ${d.yearNote}`);
  if (notes.length > 0) out.push('', 'year notes:', ...notes);
  return out.join('\n');
}

function formatSkipped(skipped: readonly SkippedFile[]): string {
  if (skipped.length === 0) return 'skipped: none';
  return [`skipped ${skipped.length} file(s):`, ...skipped.map((s) => `  ${s.path}: ${s.reason}${s.code ? ` [${s.code}]` : ''}`)].join('\n');
}

/** `pnpm kg documents [--json] [PATH...]`: the documents of the corpus and what was skipped. */
export async function runCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length > 0) {
    process.stderr.write(`kg documents: unknown option ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  const paths = args.filter((a) => !a.startsWith('-'));
  const { documents, skipped } = await readCorpus(paths);
  if (args.includes('--json')) {
    const summary = documents.map(({ text, ...rest }) => ({ ...rest, chars: text.length }));
    process.stdout.write(`${JSON.stringify({ documents: summary, skipped }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatTable(documents)}\n\n${documents.length} document(s)\n${formatSkipped(skipped)}\n`);
  }
  return documents.length > 0 || skipped.length === 0 ? 0 : 1;
}
