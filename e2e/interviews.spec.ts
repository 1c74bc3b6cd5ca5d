import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { notice, pageAs, storageFor, switchColorScheme } from "./fixtures";
import { addToRole, card, column, createCandidate, createRole, moveByKeyboard, uniq } from "./pipeline-helpers";

// The interview loop on an application: a recruiter schedules a systems design interview with two
// agency interviewers, sees it listed in their time zone with the candidate's, downloads its
// calendar file and finds it on /interviews; a hiring manager of another company gets 404 for it.

const ZONE = "America/New_York";

/** The recruiter, in New York (browser and the server's time-zone cookie agree from the first page). */
async function recruiterInNewYork(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageFor("recruiter"), timezoneId: ZONE });
  await context.addCookies([{ name: "tz", value: encodeURIComponent(ZONE), url: baseURL }]);
  return context.newPage();
}

/** YYYY-MM-DD, `days` from today in New York. */
function dayInNewYork(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/**
 * axe finds nothing, in light and in dark. Toasts are closed first: they come and go with their
 * own timing (and sonner's green success title measures 4.25:1 on its background, a kit matter).
 */
async function expectAxeClean(page: Page, what: string, only?: string) {
  const close = notice(page).getByRole("button", { name: "Close toast" });
  // A toast may leave on its own while being closed, so a click that finds it gone is fine.
  while ((await close.count()) > 0)
    await close
      .first()
      .click({ timeout: 1_000 })
      .catch(() => undefined);
  await expect(notice(page).getByRole("listitem")).toHaveCount(0, { timeout: 15_000 });
  for (const scheme of ["light", "dark"] as const) {
    await switchColorScheme(page, scheme);
    const axe = new AxeBuilder({ page });
    const { violations } = await (only ? axe.include(only) : axe).analyze();
    expect(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target} ${n.any[0]?.message ?? ""}`).join(", ")}`),
      `${what} (${scheme})`,
    ).toEqual([]);
  }
}

/** Opens the application of the first candidate in `stage` on one of Northwind's roles; returns the candidate's name. */
async function openInterviewingApplication(page: Page, role = "Senior Data Engineer", stage = "Interviewing"): Promise<string> {
  // Filtered by the role's type, as a recruiter would: other specs add Northwind lead roles that push the demo's off the first page.
  await page.goto(role === "Engineering Manager" ? "/roles?type=engineering_manager" : "/roles?type=senior");
  await page.getByRole("row").filter({ hasText: "Northwind Labs" }).getByRole("link", { name: role, exact: true }).click();
  const first = column(page, stage).getByRole("listitem").first().getByRole("link").first();
  const candidate = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: candidate })).toBeVisible();
  await page.getByRole("link", { name: `Interviews and evaluation: ${role}, Northwind Labs` }).click();
  await expect(page.getByRole("heading", { level: 1, name: candidate })).toBeVisible();
  return candidate;
}

test("a recruiter schedules a systems design interview with two interviewers, downloads its .ics, and finds it on /interviews", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const page = await recruiterInNewYork(browser, baseURL!);
  const link = `https://meet.example.test/design-${uniq()}`;

  // An application at Interviewing, found the way a recruiter would: the role's board, the candidate, their application.
  const candidate = await openInterviewingApplication(page);
  await expect(page).toHaveURL(/\/applications\/\d+$/);
  const applicationUrl = page.url();
  const interviews = page.getByRole("region", { name: "Interviews" });

  await interviews.getByRole("button", { name: "Schedule interview" }).click();
  const dialog = page.getByRole("dialog", { name: "Schedule interview" });
  await expect(dialog).toContainText(`your time zone, ${ZONE}`);
  await dialog.getByLabel("Kind").selectOption("systems_design");
  await dialog.getByLabel("Date").fill(dayInNewYork(3));
  await dialog.getByLabel(`Start time (${ZONE})`).fill("11:00");
  await dialog.getByLabel("Duration (minutes)").fill("90");
  await expect(dialog).toContainText("Candidate's time:");
  await expect(dialog.getByRole("checkbox", { name: /^Riley Chen/ })).toBeChecked();
  await dialog.getByRole("checkbox", { name: /^Sam Okafor/ }).check();
  await dialog.getByLabel("Meeting link or place").fill(link);
  await dialog.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(notice(page)).toContainText("Scheduled Systems design");
  await expect(dialog).toBeHidden();

  // Listed with its times (New York, and the candidate's), its interviewers and their scorecards, and its link.
  const item = interviews.getByRole("article").filter({ has: page.getByRole("link", { name: link }) });
  await expect(item.getByRole("heading", { name: /^Systems design/ })).toBeVisible();
  await expect(item).toContainText("11:00–12:30");
  await expect(item).toContainText("90 min");
  await expect(item).toContainText("Candidate's time");
  const people = item.getByRole("list", { name: "Interviewers" });
  await expect(people).toContainText("Riley Chen");
  await expect(people).toContainText("Sam Okafor");
  await expect(people.getByText("No scorecard yet")).toHaveCount(2);
  await expect(item.getByRole("link", { name: "Open kit and scorecard" })).toBeVisible();

  // A second interview overlapping it: the form says who is double-booked (the candidate too), and
  // with what, before it is saved, and stops saying so once the time no longer clashes.
  await interviews.getByRole("button", { name: "Schedule interview" }).click();
  await dialog.getByLabel("Date").fill(dayInNewYork(3));
  await dialog.getByLabel(`Start time (${ZONE})`).fill("12:00");
  const clashes = dialog.getByRole("status", { name: "Double bookings" });
  await expect(clashes).toContainText(`The candidate, ${candidate}, already has an interview 11:00–12:30 (Systems design)`);
  await expect(clashes).toContainText(`Riley Chen already has an interview 11:00–12:30 (Systems design with ${candidate})`);
  await expect(clashes).not.toContainText("Sam Okafor");
  await dialog.getByRole("checkbox", { name: /^Sam Okafor/ }).check();
  await expect(clashes).toContainText(`Sam Okafor already has an interview 11:00–12:30 (Systems design with ${candidate})`);
  await dialog.getByLabel(`Start time (${ZONE})`).fill("12:30");
  await expect(clashes).not.toContainText("11:00–12:30");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expectAxeClean(page, "application with an interview");

  // The calendar file.
  const [download] = await Promise.all([page.waitForEvent("download"), item.getByRole("link", { name: "Download .ics" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^interview-\d+-systems-design\.ics$/);
  const ics = fs.readFileSync((await download.path())!, "utf8").replace(/\r\n[ \t]/g, "");
  expect(ics).toContain("BEGIN:VEVENT");
  expect(ics).toContain(`SUMMARY:Systems design: ${candidate} for Senior Data Engineer`);
  expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  expect(ics).toContain("mailto:sam@agency.test");
  const icsPath = await item.getByRole("link", { name: "Download .ics" }).getAttribute("href");

  // Riley is on it, so it is owed: the evaluation names it while it hides the scores. Before it
  // starts, its scorecard takes a draft but offers no Submit.
  const kit = await item.getByRole("link", { name: "Open kit and scorecard" }).getAttribute("href");
  const owedLinks = page.getByRole("region", { name: "Evaluation" }).getByRole("link", { name: "Systems design" });
  await expect.poll(() => owedLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toContain(kit);
  await page.goto(kit!);
  const scorecard = page.getByRole("form", { name: "Your scorecard" });
  await expect(scorecard).toContainText("You can submit once the interview has started");
  await expect(scorecard.getByRole("button", { name: "Submit", exact: true })).toHaveCount(0);
  await scorecard.getByLabel("Notes").fill("Prep: ask about the ingestion backlog");
  await scorecard.getByRole("button", { name: "Save draft" }).click();
  await expect(notice(page)).toContainText("Draft saved.");
  // Typed and not saved, then off to another page through the header: back as left, and said so.
  await page.reload();
  await expect(scorecard.getByLabel("Notes")).toHaveValue("Prep: ask about the ingestion backlog");
  await scorecard.getByLabel("Notes").fill("Prep: ask about the ingestion backlog and on-call");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Candidates" }).click();
  await expect(page).toHaveURL(/\/candidates/);
  await page.goBack();
  await expect(scorecard.getByLabel("Notes")).toHaveValue("Prep: ask about the ingestion backlog and on-call");
  await expect(scorecard).toContainText("Your changes not yet saved are back as you left them.");
  await scorecard.getByRole("button", { name: "Save draft" }).click();
  await expect(notice(page)).toContainText("Draft saved.");
  await expect(scorecard).not.toContainText("Your changes not yet saved");

  // On the recruiter's /interviews, under upcoming.
  await page.goto("/interviews");
  await expect(page.getByRole("heading", { level: 1, name: "Interviews" })).toBeVisible();
  const upcoming = page.getByRole("table", { name: "Upcoming interviews" });
  await expect(upcoming.getByRole("row").filter({ hasText: candidate }).filter({ hasText: "Systems design" }).filter({ hasText: "11:00–12:30" })).toHaveCount(
    1,
  );
  await expect(page.getByRole("table", { name: "Scorecards you owe" })).toBeVisible();

  // Another company's hiring manager (and, before submission, even this client's) gets "not found" for the file.
  for (const user of ["acmeHiring", "northwindHiring"] as const) {
    const other = await pageAs(browser, user);
    const response = await other.request.get(icsPath!);
    expect(response.status(), user).toBe(404);
    expect(await response.text()).not.toContain("BEGIN:VCALENDAR");
    await other.context().close();
  }

  // Rescheduled to 13:00 (same interviewers and link), then canceled after confirming. (By address:
  // a Back raced with the draft's save once and landed elsewhere.)
  await page.goto(applicationUrl);
  await item.getByRole("button", { name: /^Reschedule: Systems design/ }).click();
  const again = page.getByRole("dialog", { name: "Reschedule Systems design" });
  await expect(again.getByLabel(`Start time (${ZONE})`)).toHaveValue("11:00");
  await again.getByLabel(`Start time (${ZONE})`).fill("13:00");
  await again.getByRole("button", { name: "Save" }).click();
  await expect(notice(page)).toContainText("Rescheduled to");
  await expect(item).toContainText("13:00–14:30");
  await item.getByRole("button", { name: /^Cancel interview: Systems design/ }).click();
  await page
    .getByRole("dialog", { name: "Cancel this interview?" })
    .getByRole("button", { name: /^Cancel interview/ })
    .click();
  await expect(item).toContainText("Canceled");
  // The button pressed is gone: focus waits on the section's heading, not the page's top.
  await expect(page.getByRole("heading", { name: "Interviews", exact: true })).toBeFocused();
  // Told at once, and the closed card offers no scorecard nor counts one missing.
  await expect(notice(page)).toContainText("Canceled: Systems design with");
  await expect(item.getByRole("button", { name: /^Reschedule/ })).toHaveCount(0);
  await expect(item.getByRole("link", { name: "Open", exact: true })).toBeVisible();
  await expect(item).not.toContainText("No scorecard yet");
  await page.context().close();
});

test("/interviews, the Interviews section and the scheduling dialog pass axe in light and dark", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  await page.goto("/interviews");
  await expect(page.getByRole("heading", { level: 1, name: "Interviews" })).toBeVisible();
  await expectAxeClean(page, "/interviews");
  await openInterviewingApplication(page);
  await expectAxeClean(page, "application");
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByRole("dialog", { name: "Schedule interview" }).getByRole("checkbox").first()).toBeVisible();
  // The dialog itself: axe would also measure the page behind the modal's dimming overlay.
  await expectAxeClean(page, "scheduling dialog", '[role="dialog"]');
  await page.context().close();
});

test("once a candidate is submitted, the client's hiring manager can interview: they see it on /interviews and get its .ics", async ({ browser }) => {
  const page = await pageAs(browser, "recruiter");
  const link = `https://meet.example.test/client-${uniq()}`;
  const candidate = await openInterviewingApplication(page, "Engineering Manager", "Submitted");
  await page.getByRole("button", { name: "Schedule interview" }).click();
  const dialog = page.getByRole("dialog", { name: "Schedule interview" });
  await dialog.getByLabel("Kind").selectOption("culture");
  await dialog.getByLabel("Date").fill(new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10));
  await dialog.getByRole("checkbox", { name: /^Jordan Blake/ }).check();
  await dialog.getByLabel("Meeting link or place").fill(link);
  await dialog.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(notice(page)).toContainText("Scheduled Culture");
  const item = page.getByRole("article").filter({ has: page.getByRole("link", { name: link }) });
  await expect(item.getByRole("list", { name: "Interviewers" })).toContainText("Jordan Blake");
  const icsPath = await item.getByRole("link", { name: "Download .ics" }).getAttribute("href");
  await page.context().close();

  const hm = await pageAs(browser, "northwindHiring");
  await hm.goto("/interviews");
  const row = hm.getByRole("table", { name: "Upcoming interviews" }).getByRole("row").filter({ hasText: candidate }).filter({ hasText: "Culture" });
  await expect(row).toHaveCount(1);
  const response = await hm.request.get(icsPath!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  expect(await response.text()).toContain("BEGIN:VEVENT");
  // Their application page lists it, with the link for an interviewer, and no scheduling.
  await row.getByRole("link", { name: candidate, exact: true }).click();
  const section = hm.getByRole("region", { name: "Interviews" });
  await expect(
    section
      .getByRole("article")
      .filter({ has: hm.getByRole("link", { name: link }) })
      .getByRole("link", { name: "Open kit and scorecard" }),
  ).toBeVisible();
  await expect(section.getByRole("button", { name: "Schedule interview" })).toHaveCount(0);
  await expect(section.getByRole("button", { name: /^Cancel interview/ })).toHaveCount(0);
  await hm.context().close();

  const acme = await pageAs(browser, "acmeHiring");
  expect((await acme.request.get(icsPath!)).status()).toBe(404);
  await acme.goto("/interviews");
  await expect(acme.getByRole("table", { name: "Upcoming interviews" })).not.toContainText(candidate);
  await acme.context().close();
});

test("double bookings come back in one toast; a withdrawal leaves its interviews flagged, not silently on the calendar", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await pageAs(browser, "recruiter");
  const id = uniq();
  const name = `Wen Left${id}`;
  const roleId = await createRole(page, { title: `Left Behind ${id}`, client: "Northwind Labs", type: "Senior Engineer" });
  await createCandidate(page, { name, email: `wen.left.${id}@example.test` });
  await addToRole(page, roleId, `Left${id}`, name);
  await moveByKeyboard(page, name, "Interviewing");
  await expect(column(page, "Interviewing").getByText(name)).toBeVisible();
  await card(page, name).getByRole("link", { name, exact: true }).click();
  await page.getByRole("link", { name: new RegExp(`^Interviews and evaluation: Left Behind ${id}`) }).click();
  const section = page.getByRole("region", { name: "Interviews" });
  // Early tomorrow, so they head Riley's upcoming list (25 a page) ahead of the demo's.
  const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

  // Two interviews an hour long, half an hour apart, with Riley and Sam: the second double-books all three.
  for (const time of ["05:00", "05:30"]) {
    await section.getByRole("button", { name: "Schedule interview" }).click();
    const dialog = page.getByRole("dialog", { name: "Schedule interview" });
    await dialog.getByLabel("Date").fill(day);
    await dialog.getByLabel(/^Start time/).fill(time);
    await dialog.getByRole("checkbox", { name: /^Sam Okafor/ }).check();
    await dialog.getByRole("button", { name: "Schedule", exact: true }).click();
    await expect(dialog).toBeHidden();
  }
  // One toast names all three (a test running beside this one may have booked Riley and Sam too).
  const warning = notice(page)
    .getByRole("listitem")
    .filter({ hasText: "Double booked:" })
    .filter({ hasText: `The candidate, ${name}, already has an interview` });
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText("Scheduled ");
  await expect(warning).toContainText("Riley Chen already has an interview");
  await expect(warning).toContainText("Sam Okafor already has an interview");

  // The candidate withdraws: the interviews stay scheduled (an Undo would not bring canceled ones
  // back), and every place that lists them says so.
  await page.goto(`/roles/${roleId}`);
  await moveByKeyboard(page, name, "Withdrawn");
  await expect(notice(page)).toContainText("Moved 1 candidate to Withdrawn.");
  await page.goto("/interviews");
  const rows = page.getByRole("table", { name: "Upcoming interviews" }).getByRole("row").filter({ hasText: name });
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row).toContainText("Candidate withdrew");
  await rows.first().getByRole("link", { name, exact: true }).click();
  await expect(section).toContainText("Candidate withdrew: 2 interviews to come are still scheduled");
  await expect(section.getByRole("button", { name: "Schedule interview" })).toHaveCount(0);
  await expect(section.getByRole("button", { name: /^Cancel interview/ })).toHaveCount(2);
  await page.context().close();
});
