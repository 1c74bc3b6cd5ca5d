import fs from "node:fs";

/** Debian's package chromium-headless-shell. */
export const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/**
 * The system Chromium to drive: CHROMIUM_PATH, else Debian's headless shell, else Debian's full
 * browser. Undefined means Playwright's own. The headless shell is the build Playwright itself
 * runs headless tests on: the same engine without the desktop browser around it, so the suite
 * takes about a quarter less time. For `--headed` runs, set CHROMIUM_PATH=/usr/bin/chromium.
 */
export function systemChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, HEADLESS_SHELL, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => !!p && fs.existsSync(p));
}

// Without these, Chromium opens connections a closed network refuses.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
