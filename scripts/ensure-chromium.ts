// Before the e2e step: use the system Chromium if there is one; otherwise install one
// (Debian's packages as root, else Playwright's own browser), so a fresh machine needs no other step.
// As root on Debian, the headless shell is added beside a full Chromium: the suite runs on it.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { HEADLESS_SHELL, systemChromium } from "../e2e/chromium";

// An apt that cannot reach its mirrors gives up quickly instead of holding up the tests.
const APT = "DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Retries=0 -o Acquire::http::Timeout=20 -qq";
// Set after a failed attempt, so a machine without the package (or without a mirror) does not try on every run.
const NO_SHELL_MARK = path.join("node_modules", ".cache", "trialboard", "no-headless-shell");

function run(command: string) {
  console.log(`$ ${command}`);
  execSync(command, { stdio: "inherit" });
}

/** Installs Debian packages: straight from the package lists when they are current, else after refreshing them. */
function aptInstall(packages: string): boolean {
  for (const refresh of [false, true]) {
    try {
      if (refresh) run(`${APT} update`);
      run(`${APT} install -y ${packages}`);
      return true;
    } catch {
      // stale or missing package lists: refresh once and try again
    }
  }
  return false;
}

const canApt = process.platform === "linux" && process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
const found = systemChromium();

if (canApt && !process.env.CHROMIUM_PATH && found !== HEADLESS_SHELL && !fs.existsSync(NO_SHELL_MARK)) {
  console.log(`Installing Debian's chromium-headless-shell${found ? "" : " and chromium"} for the e2e step.`);
  if (!aptInstall(`chromium-headless-shell${found ? "" : " chromium"}`)) {
    fs.mkdirSync(path.dirname(NO_SHELL_MARK), { recursive: true });
    fs.writeFileSync(NO_SHELL_MARK, `apt-get could not install chromium-headless-shell on ${new Date().toISOString()}\n`);
    // The full browser runs the same tests, only slower.
    if (found) console.log(`Could not install it: the e2e step uses ${found}.`);
  }
}
if (!systemChromium()) {
  console.log("No system Chromium found: installing Playwright's browser.");
  run("npx playwright install chromium");
}
console.log(`e2e browser: ${systemChromium() ?? "Playwright's own"}`);
