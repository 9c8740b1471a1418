import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { SourceDocument } from '../types.ts';
import type { ReportKind } from '../vocabulary.ts';
import { detectKind, detectNewsTopic } from './detect-kind.ts';
import { detectYear } from './detect-year.ts';
import { disambiguateIds, slugifyDocumentId, slugifyRegion } from './document-id.ts';
import { resolveIssuingRegion } from './issuing-region.ts';
import { splitIntoDocuments } from './split-documents.ts';

/** A decoded corpus file. */
export interface DecodedFile {
  /** Path relative to the corpus root, e.g. `003_000a05b7aea940ce.txt`. */
  source: string;
  text: string;
  encoding: string;
}

const MAX_TITLE_LENGTH = 60;
/** A first line that opens a section (二、…, (一)…, 第一章…) is not a title: the file starts mid-report. */
const SECTION_OPENING = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[章节部分]|\d+[、.．])/;

/** The first line of a document, when it reads as a title (short, no sentence punctuation). */
export function findTitleLine(text: string): string | null {
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  if (first === '' || first.length > MAX_TITLE_LENGTH) return null;
  if (/[。！？；!?;，,]/.test(first) || SECTION_OPENING.test(first)) return null;
  return first;
}

/** A publication stamp near the top of a web page ("时间:2022-02-11 12:15:00"): no year can be later. */
function findPublicationYear(text: string): number | null {
  const stamp = /(?:发布)?(?:时间|日期)[:：]\s*((?:19|20)\d{2})[-/.年]/.exec(text.slice(0, 400));
  return stamp?.[1] ? Number(stamp[1]) : null;
}

function deriveTitle(kind: ReportKind, regionName: string | null, year: number | null, text: string): string {
  const place = regionName ?? '';
  const excerpt = SECTION_OPENING.test(text.trimStart()) ? '（节选）' : '';
  switch (kind) {
    case 'news-report': {
      const { phrase } = detectNewsTopic(text);
      return phrase ? `${phrase}（新闻报道）` : `${place}新闻报道`;
    }
    case 'work-plan':
      return `${place}${year ? `${year}年` : ''}政府工作计划${excerpt}`;
    case 'government-work-report':
      return `${place}${year ? `${year}年` : ''}政府工作报告${excerpt}`;
    case 'other':
      return `${place}文档${excerpt}`;
  }
}

/**
 * Turns decoded corpus files into documents: split, then title, kind, year, issuing region and
 * a readable id for each (ids unique across the whole corpus, in file order). Pure.
 */
export function buildDocuments(gazetteer: Gazetteer, files: readonly DecodedFile[], now = new Date()): SourceDocument[] {
  const documents: SourceDocument[] = [];
  const idBases: string[] = [];
  for (const file of files) {
    for (const span of splitIntoDocuments(file.text)) {
      const text = file.text.slice(span.start, span.end);
      const titleLine = span.headerTitle ?? findTitleLine(text);
      const kind = detectKind({ title: titleLine, text });
      const latestYear = findPublicationYear(text) ?? now.getFullYear();
      const yearFinding = detectYear({ title: titleLine, text, kind, latestYear });
      const issuing = resolveIssuingRegion(gazetteer, { headerLabel: span.headerLabel, title: titleLine, text });
      const region = issuing.region;
      const title = titleLine ?? deriveTitle(kind, region?.name ?? null, yearFinding.year, text);
      const newsTopic = kind === 'news-report' ? detectNewsTopic(text).topic : null;
      idBases.push(
        slugifyDocumentId({
          regionSlug: region ? slugifyRegion(gazetteer, region) : null,
          year: yearFinding.year,
          kind,
          newsTopic,
          source: file.source,
        }),
      );
      documents.push({
        id: '',
        title,
        source: file.source,
        text,
        region,
        year: yearFinding.year,
        yearSource: yearFinding.source,
        ...(yearFinding.note ? { yearNote: yearFinding.note } : {}),
        kind,
        sourceOffset: span.start,
        encoding: file.encoding,
        titleSource: span.headerTitle ? 'header' : titleLine ? 'first-line' : 'derived',
        regionSource: issuing.source,
      });
    }
  }
  const ids = disambiguateIds(idBases);
  return documents.map((doc, i) => ({ ...doc, id: ids[i] ?? doc.id }));
}
