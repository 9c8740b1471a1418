/**
 * Cutting a decoded corpus file into documents. Pure functions over strings; every range is a
 * pair of offsets into the file text, so document text stays the original characters.
 */

/** A document's place in its file before any metadata is found. */
export interface DocumentSpan {
  /** Offset of the document text in the file text. */
  start: number;
  end: number;
  /** Title from a `【…】title` header line, if the file uses them. */
  headerTitle: string | null;
  /** What stood inside 【…】, e.g. 宝兴县招商. */
  headerLabel: string | null;
}

interface Line {
  start: number;
  /** End of the line's content, before `\r\n` / `\n`. */
  end: number;
  text: string;
}

/**
 * A `【…】title` line as used by portal sites that list several reports on one page:
 * a short bracketed channel label (【宝兴县招商】) followed directly by the title.
 */
const HEADER_LINE = /^【([^【】\s]{1,20})】\s*(\S.{0,99})$/;

/** Lines that are page furniture, not report text, when they stand at a document's edge. */
const SEPARATOR_LINE = /^[-—–_=*·•~]+$/;
const DATE_LINE = /^(?:发布(?:时间|日期)[:：]\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const WEB_FURNITURE =
  /点我投稿|我要投稿|联系我们|企业入驻|有想补充的信息|免责声明|版权所有|版权声明|Copyright|返回顶部|返回首页|上一篇|下一篇|分享到|扫一扫|责任编辑|关于我们|网站地图|打印本页|关闭窗口/i;
const MAX_FURNITURE_LINE = 40;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length : newline;
    const end = next > start && text[next - 1] === '\r' ? next - 1 : next;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** True for a line that is web-page boilerplate (separators, date stamps, 点我投稿, 联系我们 …). */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return true;
  if (SEPARATOR_LINE.test(trimmed) || DATE_LINE.test(trimmed)) return true;
  // Page furniture is a short label, not a sentence: a report sentence that mentions 企业入驻 has commas.
  return trimmed.length <= MAX_FURNITURE_LINE && !/[。，,；;]/.test(trimmed) && WEB_FURNITURE.test(trimmed);
}

/**
 * Narrows `[start, end)` of `text` by dropping boilerplate lines at both edges and surrounding
 * whitespace. Lines inside the range are kept as they are (offsets must not move).
 */
export function stripBoilerplate(text: string, start = 0, end = text.length): { start: number; end: number } {
  const lines = splitLines(text.slice(start, end)).map((l) => ({ ...l, start: l.start + start, end: l.end + start }));
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && isBoilerplateLine(lines[first]?.text ?? '')) first += 1;
  while (last >= first && isBoilerplateLine(lines[last]?.text ?? '')) last -= 1;
  const firstLine = lines[first];
  const lastLine = lines[last];
  if (!firstLine || !lastLine || first > last) return { start, end: start };
  let s = firstLine.start;
  let e = lastLine.end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}

/**
 * Splits a file into documents. Files whose first content line is a `【…】title` header hold
 * one document per header (the header is not document text; its title is kept); any other
 * file is one document. Boilerplate at the edges of each document is dropped.
 */
export function splitIntoDocuments(text: string): DocumentSpan[] {
  const lines = splitLines(text);
  const firstContent = lines.find((l) => !isBoilerplateLine(l.text));
  const headers = firstContent && HEADER_LINE.test(firstContent.text.trim()) ? lines.filter((l) => HEADER_LINE.test(l.text.trim())) : [];
  if (headers.length === 0) {
    const span = stripBoilerplate(text);
    return span.end > span.start ? [{ ...span, headerTitle: null, headerLabel: null }] : [];
  }
  const spans: DocumentSpan[] = [];
  headers.forEach((header, i) => {
    const match = HEADER_LINE.exec(header.text.trim());
    const bodyStart = Math.min(text.length, header.end + (text[header.end] === '\r' ? 2 : 1));
    const bodyEnd = headers[i + 1]?.start ?? text.length;
    const span = stripBoilerplate(text, bodyStart, Math.max(bodyStart, bodyEnd));
    if (span.end <= span.start) return;
    spans.push({ ...span, headerLabel: match?.[1] ?? null, headerTitle: match?.[2]?.trim() ?? null });
  });
  return spans;
}
