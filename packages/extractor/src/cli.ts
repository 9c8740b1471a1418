/**
 * `pnpm kg <command>` — the extractor's command line. Each command lives in
 * its own module under `cli/` and exports `runCommand(args)`, resolving to an exit code.
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ runCommand: (args: string[]) => Promise<number> }> }> = {
  documents: { summary: 'list the documents found in the corpus (title, region, year, kind)', load: () => import('./cli/documents-command.ts') },
  extract: { summary: 'extract entities: FILE... (readable, --json) or --jsonl on stdin', load: () => import('./cli/extract-command.ts') },
  build: { summary: 'build the graph JSON from the corpus into out/graph', load: () => import('./cli/build-command.ts') },
  load: { summary: 'load the graph JSON into Neo4j (--reset to start clean)', load: () => import('./cli/load-command.ts') },
};

function printUsage(): void {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  process.stderr.write(`usage: pnpm kg <command> [options]\n\n${lines.join('\n')}\n`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    printUsage();
    return name && name !== '--help' && name !== '-h' ? 2 : 0;
  }
  const { runCommand } = await command.load();
  return runCommand(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kg: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
