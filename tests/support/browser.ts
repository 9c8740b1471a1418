/**
 * How every browser test and the browser benchmark launch Debian's Chromium through
 * playwright-core (`npx playwright install` cannot work on these machines; the test command
 * installs /usr/bin/chromium with tools/ensure-chromium.mjs).
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tools/ensure-chromium.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/**
 * Launch options for `chromium.launch`. Playwright gives each launched browser a fresh
 * temporary user-data-dir and deletes it on close, so no profile state leaks between tests.
 */
export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
  headless: true,
};

/** Start headless Chromium with the shared options; close it in `afterAll`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}
