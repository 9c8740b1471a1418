#!/usr/bin/env node
// Makes sure Debian's Chromium (and a CJK font, so Chinese labels render in screenshots) is
// installed for the browser tests: `npx playwright install` cannot work on these machines.
// Plain ESM JavaScript so that it runs before dependencies are installed.
//
//   node tools/ensure-chromium.mjs

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Debian's chromium package puts the browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for headless Chromium on a server without GPU or network; see tests/support/browser.ts. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const PACKAGES = ['chromium', 'fonts-noto-cjk'];

function isPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function hasCjkFont() {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (result.status === 0) return result.stdout.trim().length > 0;
  return isPackageInstalled('fonts-noto-cjk');
}

/**
 * Installs chromium and fonts-noto-cjk with apt-get when missing and we are root.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {string} the Chromium executable path
 */
export function ensureChromium({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const missing = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (missing.length === 0) return CHROMIUM_PATH;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    const how = `apt-get update && apt-get install -y ${PACKAGES.join(' ')}`;
    if (missing.includes('chromium')) {
      throw new Error(`Chromium is missing at ${CHROMIUM_PATH}; the browser tests need it. Install it as root: ${how}`);
    }
    log(`warning: no CJK font found; Chinese labels in screenshots will not render. Install: ${how}`);
    return CHROMIUM_PATH;
  }

  log(`Installing ${missing.join(' ')} with apt-get (browser tests need Debian's Chromium and a CJK font)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (update.status !== 0) throw new Error(`apt-get update failed (exit ${update.status})`);
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  });
  if (install.status !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed (exit ${install.status})`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} is still missing`);
  return CHROMIUM_PATH;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.stdout.write(`${ensureChromium()}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
