import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { expectNotFoundPage, pageAs, switchColorScheme } from "./fixtures";

// /reports: the agency's reports on the demo's history, their filters in the URL, the numbers
// behind each chart, the CSV download, and nothing for a client's people.

const reportTitles = ["Funnel", "Time in stage", "Sources", "Trials", "Evaluation vs outcome"];

async function tableRows(page: Page, name: string): Promise<string[][]> {
  const table = page.getByRole("table", { name });
  const rows = await table.getByRole("row").all();
  const out: string[][] = [];
  for (const row of rows.slice(1)) out.push((await row.getByRole("rowheader").or(row.getByRole("cell")).allInnerTexts()).map((t) => t.trim()));
  return out;
}

test("a recruiter reads the funnel, filters it by a client (the URL and the figures change) and downloads the same rows as CSV", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "Reports", exact: true }).first().click();
  await expect(page).toHaveURL(/\/reports\/funnel$/);
  await expect(page.getByRole("heading", { name: "Funnel", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Reports" }).getByRole("link")).toHaveText(reportTitles);
  await expect(page.getByRole("img", { name: /^Funnel: Sourced \d+/ })).toBeVisible();

  // The numbers behind the chart, one click away.
  const name = "Applications reaching each stage";
  await expect(page.getByRole("table", { name })).toBeHidden();
  await page.getByText("Show the numbers as a table").click();
  await expect(page.getByRole("table", { name })).toBeVisible();
  const everyClient = await tableRows(page, name);
  expect(everyClient.map((r) => r[0])).toEqual(["Sourced", "Screening", "Interviewing", "Submitted", "Client interview", "Offer", "Trial", "Hired"]);
  expect(Number(everyClient[0][1].replace(/,/g, ""))).toBeGreaterThan(0);

  // Filter by one client: the address says so, and the figures change.
  const filters = page.getByRole("form", { name: "Filter the report" });
  const client = filters.getByRole("combobox", { name: "Client" });
  await client.fill("north");
  await expect(page.getByRole("listbox", { name: "Client matches" }).getByRole("option")).toHaveText(["Northwind Labs"]);
  await client.press("ArrowDown");
  await client.press("Enter");
  await expect(page).toHaveURL(/\/reports\/funnel\?.*client=\d+/);
  await page.reload();
  await page.getByText("Show the numbers as a table").click();
  await expect.poll(async () => (await tableRows(page, name))[0][1]).not.toBe(everyClient[0][1]);
  const northwind = await tableRows(page, name);

  // The CSV has the table's rows, for the same filters.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^trialboard-funnel-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(csv.trim()).data;
  expect(parsed[0]).toEqual([name]);
  expect(parsed[1]).toEqual(["Stage", "Reached", "Conversion from the stage before", "Fewer than 5"]);
  // A conversion resting on fewer than 5 applications is marked on the page and in the CSV alike.
  const small = " (fewer than 5)";
  expect(parsed.slice(2).map((r) => [r[0], Number(r[1]).toLocaleString("en"), r[2], r[3]])).toEqual(
    northwind.map((r) => [r[0].replace(small, ""), r[1], r[2], r[0].endsWith(small) ? "yes" : ""]),
  );

  // Another report keeps the filters; the reset link clears them.
  await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "Trials" }).click();
  await expect(page).toHaveURL(/\/reports\/trials\?.*client=\d+/);
  await expect(filters.getByRole("combobox", { name: "Client" })).toHaveValue("Northwind Labs");
  await filters.getByRole("link", { name: "Reset to the last 90 days" }).click();
  await expect(page).toHaveURL(/\/reports\/trials$/);
  await page.context().close();
});

test("a range given backwards is refused next to the field, and the report keeps its range", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/reports/funnel?from=2026-09-01&to=2026-09-30");
  await page.getByLabel("From", { exact: true }).fill("2026-10-15");
  await expect(page.getByText("From must be on or before To")).toBeVisible();
  await expect(page.getByLabel("From", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("To", { exact: true }).fill("2026-08-01");
  await expect(page.getByText("To must be on or after From")).toBeVisible();
  await expect(page).toHaveURL("/reports/funnel?from=2026-09-01&to=2026-09-30");
  // Still backwards as shown (From keeps the refused 15 Oct): refused again.
  await page.getByLabel("To", { exact: true }).fill("2026-09-20");
  await expect(page.getByText("To must be on or after From")).toBeVisible();
  await expect(page).toHaveURL("/reports/funnel?from=2026-09-01&to=2026-09-30");
  // A range in order, as shown, applies, and the message goes.
  await page.getByLabel("From", { exact: true }).fill("2026-09-05");
  await expect(page).toHaveURL(/from=2026-09-05&to=2026-09-20/);
  await expect(page.getByText(/must be on or (before|after)/)).toHaveCount(0);
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("2026-09-05");
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("2026-09-20");
  await page.context().close();
});

test("every report shows figures from the demo's history and passes axe, light and dark", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await pageAs(browser, "admin");
  for (const [slug, title] of [
    ["funnel", "Funnel"],
    ["time-in-stage", "Time in stage"],
    ["sources", "Sources"],
    ["trials", "Trials"],
    ["calibration", "Evaluation vs outcome"],
  ]) {
    await page.goto(`/reports/${slug}`);
    await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(page.getByRole("img").first()).toBeVisible();
    for (const scheme of ["light", "dark"] as const) {
      await switchColorScheme(page, scheme);
      await page.reload();
      await page.waitForLoadState("networkidle");
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
        `${slug} · ${scheme}`,
      ).toEqual([]);
    }
  }
  await page.context().close();
});

for (const user of ["northwindHiring", "northwindViewer"] as const) {
  test(`${user} gets not found for /reports, every report and its CSV`, async ({ browser }) => {
    const page = await pageAs(browser, user);
    for (const path of ["/reports", "/reports/funnel", "/reports/calibration?client=1"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expectNotFoundPage(page);
    }
    for (const path of ["/reports/funnel/csv", "/reports/trials/csv?from=2026-01-01"]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text()).not.toContain(",");
    }
    await expect(page.getByRole("navigation").getByRole("link", { name: "Reports" })).toHaveCount(0);
    await page.context().close();
  });
}
