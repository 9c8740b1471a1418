/** Types of tools/ensure-chromium.mjs. */

/** Where Debian's chromium package puts the browser. */
export declare const CHROMIUM_PATH: string;
/** Flags for headless Chromium on a server without GPU or network. */
export declare const CHROMIUM_ARGS: readonly string[];
/** Installs chromium and fonts-noto-cjk with apt-get when missing and we are root; returns the executable path. */
export declare function ensureChromium(options?: { log?: (line: string) => void }): string;
