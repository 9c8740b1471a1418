import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import type { SkippedFile, SourceDocument } from '../types.ts';
import { buildDocuments } from './build-documents.ts';
import type { DecodedFile } from './build-documents.ts';
import { CorpusFileError, decodeBytes } from './decode-bytes.ts';

/** The corpus shipped with the project: `data/` at the repository root. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL('../../../../data/', import.meta.url));

export interface CorpusReadResult {
  documents: SourceDocument[];
  skipped: SkippedFile[];
}

interface FoundFile {
  absolute: string;
  /** Relative to the directory argument it was found under (the corpus root), else its name. */
  source: string;
  /** As the user would recognise it in a message. */
  display: string;
}

function describeIoError(error: unknown): { code: 'NOT_FOUND' | 'UNREADABLE'; reason: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { code: 'NOT_FOUND', reason: 'no such file or directory' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'UNREADABLE', reason: `permission denied (${code})` };
  return { code: 'UNREADABLE', reason: `cannot read (${code ?? (error instanceof Error ? error.message : String(error))})` };
}

async function collectFiles(root: string, shownRoot: string, dir: string, found: FoundFile[], skipped: SkippedFile[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const { code, reason } = describeIoError(error);
    skipped.push({ path: join(shownRoot, relative(root, dir)), reason, code });
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue; // .DS_Store, .gitkeep: not corpus files
    const absolute = join(dir, entry.name);
    if (entry.isDirectory()) await collectFiles(root, shownRoot, absolute, found, skipped);
    else if (entry.isFile()) found.push({ absolute, source: relative(root, absolute), display: join(shownRoot, relative(root, absolute)) });
  }
}

/**
 * Reads corpus files and directories (recursively, in name order) into documents. Files that are
 * empty, binary, unreadable or in an unknown encoding are skipped and reported, never fatal.
 * Defaults to the project's `data/`.
 */
export async function readCorpus(paths: readonly string[] = [DEFAULT_CORPUS_DIR]): Promise<CorpusReadResult> {
  const found: FoundFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths.length > 0 ? paths : [DEFAULT_CORPUS_DIR]) {
    const absolute = resolve(path);
    try {
      const info = await stat(absolute);
      if (info.isDirectory()) await collectFiles(absolute, path, absolute, found, skipped);
      else found.push({ absolute, source: basename(absolute), display: path });
    } catch (error) {
      const { code, reason } = describeIoError(error);
      skipped.push({ path, reason, code });
    }
  }
  const decoded: DecodedFile[] = [];
  for (const file of found) {
    try {
      const bytes = await readFile(file.absolute);
      const { text, encoding } = decodeBytes(bytes);
      decoded.push({ source: file.source, text, encoding });
    } catch (error) {
      if (error instanceof CorpusFileError) skipped.push({ path: file.display, reason: error.message, code: error.code });
      else skipped.push({ path: file.display, ...describeIoError(error) });
    }
  }
  const documents = buildDocuments(loadGazetteer(), decoded);
  for (const file of decoded) {
    if (!documents.some((d) => d.source === file.source)) {
      skipped.push({ path: file.source, reason: 'no document text (only boilerplate)', code: 'NO_DOCUMENTS' });
    }
  }
  return { documents, skipped };
}
