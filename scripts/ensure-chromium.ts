// Before the e2e step: use the system Chromium if there is one; otherwise install one
// (Debian's packages as root, else Playwright's own browser), so a fresh machine needs no other step.
// As root on Debian, the headless shell is added beside a full Chromium: the suite runs on it.
import { execSync } from "node:child_process";
import fs from "node:fs";
import { HEADLESS_SHELL, systemChromium } from "../e2e/chromium";

function run(command: string) {
  console.log(`$ ${command}`);
  execSync(command, { stdio: "inherit" });
}

const canApt = process.platform === "linux" && process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
const found = systemChromium();

if (canApt && !process.env.CHROMIUM_PATH && found !== HEADLESS_SHELL) {
  console.log("Installing Debian's chromium-headless-shell for the e2e step.");
  try {
    run("apt-get update -qq");
    run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell${found ? "" : " chromium"}`);
  } catch (error) {
    // The full browser runs the same tests, only slower.
    if (!found) throw error;
    console.log(`Could not install it: the e2e step uses ${found}.`);
  }
} else if (!found) {
  console.log("No system Chromium found: installing Playwright's browser.");
  run("npx playwright install chromium");
}
console.log(`e2e browser: ${systemChromium() ?? "Playwright's own"}`);
