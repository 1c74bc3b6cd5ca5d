import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, systemChromium } from "./e2e/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
const executablePath = systemChromium();

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "e2e",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: chromiumArgs } },
      dependencies: ["setup"],
      testIgnore: /access-matrix\.spec\.ts/,
    },
    // The access matrix compares every table before and after each refused action and marks
    // records: it runs alone, once the journeys are done. A dependency project runs in full even
    // when one file is asked for, so to run the matrix by itself: E2E_MATRIX_ALONE=1 npx playwright
    // test e2e/access-matrix.spec.ts
    { name: "matrix", testMatch: /access-matrix\.spec\.ts/, dependencies: process.env.E2E_MATRIX_ALONE ? ["setup"] : ["e2e"] },
  ],
  webServer: {
    // The built app on a fresh database, seeded with the demo agency.
    command: `node -e "require('fs').rmSync('e2e/.data',{recursive:true,force:true})" && npx tsx scripts/serve.ts`,
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_PATH: "e2e/.data/e2e.db",
      SEED_DEMO: "true",
      AUTH_SECRET: "e2e-secret-that-is-long-enough-for-authjs-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
