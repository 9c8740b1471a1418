/** Reading and writing the graph JSON file (`out/graph/graph.json` by default). */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphJsonSchema } from '../graph/graph-types.ts';
import type { GraphJson } from '../graph/graph-types.ts';

/** Where `pnpm kg build` writes and `pnpm kg load` reads (git-ignored `out/`). */
export const DEFAULT_GRAPH_FILE = fileURLToPath(new URL('../../../../out/graph/graph.json', import.meta.url));

export class GraphFileError extends Error {
  readonly code = 'GRAPH_FILE_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'GraphFileError';
  }
}

export async function writeGraphFile(path: string, graph: GraphJson): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Write then rename, so a reader never sees half a file.
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(graph));
  await rename(temporary, path);
}

export async function readGraphFile(path: string): Promise<GraphJson> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GraphFileError(code === 'ENOENT' ? `no graph at ${path}: run \`pnpm kg build\` first` : `cannot read ${path} (${code})`);
  }
  const parsed = GraphJsonSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new GraphFileError(`${path} is not a graph JSON: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data as GraphJson;
}
