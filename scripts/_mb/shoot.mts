import { chromium } from "playwright";
const [, , user, out, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const scheme of ["light", "dark"] as const) {
  for (const [w, h, tag] of [[1440, 900, "desk"], [390, 844, "phone"]] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto("http://localhost:3500/login");
    await page.getByLabel("Email").fill(user);
    await page.getByLabel("Password").fill("trialboard-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    for (const p of paths) {
      await page.goto("http://localhost:3500" + p);
      await page.waitForLoadState("networkidle");
      const name = `${out}-${p.replace(/[^a-z0-9]+/gi, "_")}-${tag}-${scheme}.png`;
      await page.screenshot({ path: name, fullPage: tag === "phone" ? false : true });
      console.log(name);
    }
    await ctx.close();
  }
}
await browser.close();
