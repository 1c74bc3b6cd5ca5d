import fs from "node:fs";

/** The system Chromium to drive: CHROMIUM_PATH, or Debian's. Undefined means Playwright's own. */
export function systemChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => !!p && fs.existsSync(p));
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
