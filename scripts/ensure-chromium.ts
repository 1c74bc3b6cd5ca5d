// Before the e2e step: use the system Chromium if there is one; otherwise install one
// (Debian's package as root, else Playwright's own browser), so a fresh machine needs no other step.
import { execSync } from "node:child_process";
import fs from "node:fs";
import { systemChromium } from "../e2e/chromium";

function run(command: string) {
  console.log(`$ ${command}`);
  execSync(command, { stdio: "inherit" });
}

const found = systemChromium();
if (found) {
  console.log(`e2e browser: ${found}`);
} else if (process.platform === "linux" && process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
  console.log("No Chromium found: installing Debian's package.");
  run("apt-get update -qq");
  run("DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
  console.log(`e2e browser: ${systemChromium() ?? "still missing"}`);
} else {
  console.log("No system Chromium found: installing Playwright's browser.");
  run("npx playwright install chromium");
}
