import { expect, test, type Page } from "@playwright/test";
import { expectNotFoundPage, pageAs } from "./fixtures";
import { addToRole, card, column, createCandidate, createRole, moveByKeyboard, notice, submitToClient, uniq } from "./pipeline-helpers";

// The journey, as the people involved would live it: a recruiter starts a trial from Offer
// (nothing moves until its form is saved), checks in internally and with the client; the client's
// viewer sees the trial and only the shared check-in, adds their own, and finds nothing of another
// company; the hiring manager ticks a goal and converts; the role counts its hire. Then a second
// trial ends and offers the runner-up as a backfill.

const dialog = (page: Page) => page.getByRole("dialog");

/** Opens a card's "Move to…" once the board has settled: after a move it refreshes from the server, and a menu opened mid-refresh loses its focus. */
async function moveOnSettledBoard(page: Page, name: string, to: string) {
  await page.waitForLoadState("networkidle");
  await expect(card(page, name)).toBeVisible();
  await moveByKeyboard(page, name, to);
}

/** Today in Northwind's time zone: a trial starting today can be checked in on at once. */
const northwindToday = () => new Date().toLocaleDateString("en-CA", { timeZone: "America/New_York" });

async function startTrial(page: Page, name: string, goals: string, { today = false } = {}) {
  await moveOnSettledBoard(page, name, "Trial");
  const form = dialog(page);
  await expect(form.getByRole("heading", { name: `Start ${name}'s trial` })).toBeVisible();
  // Its people and default dates load from the server as it opens.
  await expect(form.getByLabel("Start date")).not.toHaveValue("", { timeout: 15_000 });
  if (today) await form.getByLabel("Start date").fill(northwindToday());
  await form.getByLabel("Daily overlap").fill("14:00–17:00 Europe/Berlin");
  await form.getByLabel("Day-one scope").fill("Laptop, repository access, first ticket on the billing service.");
  await form.getByLabel("Delivery velocity").check();
  await form.getByLabel("Week one goals").fill(goals);
  await form.getByLabel("Week two goals").fill("Own a small feature end to end");
  await form.getByRole("button", { name: "Start trial" }).click();
  await expect(notice(page)).toContainText("Moved 1 candidate to Trial.");
}

async function openTrialOf(page: Page, roleId: number, name: string): Promise<string> {
  await page.goto(`/roles/${roleId}`);
  await card(page, name).getByRole("link", { name, exact: true }).click();
  await page.getByRole("link", { name: /^Interviews and evaluation:/ }).click();
  await page.getByRole("link", { name: "Open the trial" }).click();
  await expect(page).toHaveURL(/\/trials\/\d+$/);
  return page.url();
}

async function addCheckIn(page: Page, { sentiment, note, shared }: { sentiment: string; note: string; shared?: boolean }) {
  const form = page.getByRole("form", { name: "Add a check-in" });
  await form.getByLabel("How is it going?").selectOption({ label: sentiment });
  if (shared !== undefined) await form.getByLabel("Who sees it").selectOption({ label: shared ? "Shared with the client" : "Internal (agency only)" });
  await form.getByLabel("Note").fill(note);
  await form.getByRole("button", { name: "Add check-in" }).click();
  await expect(page.getByRole("region", { name: "Check-ins" }).getByText(note)).toBeVisible();
}

test("start a trial from Offer, check in, the client's view, a goal ticked and the conversion", async ({ browser }) => {
  test.setTimeout(180_000);
  const id = uniq();
  const recruiter = await pageAs(browser, "recruiter");
  const roleId = await createRole(recruiter, { title: `Trial journey ${id}`, client: "Northwind Labs", type: "Senior Engineer" });
  const name = `Tess Trial${id}`;
  await createCandidate(recruiter, { name, email: `trial.${id}@example.test` });
  await addToRole(recruiter, roleId, `trial${id}`, name);
  await submitToClient(recruiter, name, "Northwind Labs");
  await moveOnSettledBoard(recruiter, name, "Offer");
  await expect(column(recruiter, "Offer").getByText(name)).toBeVisible();

  // The form appears; cancelling it moves nothing.
  await moveOnSettledBoard(recruiter, name, "Trial");
  await expect(dialog(recruiter).getByRole("heading", { name: `Start ${name}'s trial` })).toBeVisible();
  // Once its choices have loaded: the "Loading…" state's Cancel is replaced as they arrive.
  await expect(dialog(recruiter).getByLabel("Start date")).not.toHaveValue("", { timeout: 15_000 });
  await dialog(recruiter).getByRole("button", { name: "Cancel" }).click();
  await expect(column(recruiter, "Offer").getByText(name)).toBeVisible();
  await recruiter.reload();
  await expect(column(recruiter, "Offer").getByText(name)).toBeVisible();

  await startTrial(recruiter, name, "Ship the first billing fix\nReview two pull requests", { today: true });
  await expect(column(recruiter, "Trial").getByText(name)).toBeVisible();

  const trialUrl = await openTrialOf(recruiter, roleId, name);
  await expect(recruiter.getByText("Day 1 of 14").first()).toBeVisible();
  await addCheckIn(recruiter, { sentiment: "At risk", note: `Internal worry ${id}`, shared: false });
  await addCheckIn(recruiter, { sentiment: "On track", note: `Shared progress ${id}`, shared: true });

  // The client's viewer: the trial, the shared check-in only, their own check-in.
  const viewer = await pageAs(browser, "northwindViewer");
  await viewer.goto("/trials");
  await viewer.getByRole("link", { name }).first().click();
  await expect(viewer).toHaveURL(trialUrl);
  const checkIns = viewer.getByRole("region", { name: "Check-ins" });
  await expect(checkIns.getByText(`Shared progress ${id}`)).toBeVisible();
  await expect(viewer.getByText(`Internal worry ${id}`)).toHaveCount(0);
  expect(await viewer.content()).not.toContain(`Internal worry ${id}`);
  await expect(viewer.getByRole("form", { name: "Add a check-in" }).getByLabel("Who sees it")).toHaveCount(0);
  await addCheckIn(viewer, { sentiment: "On track", note: `Client says hello ${id}` });
  // Nothing of another company, nothing but trials.
  const acme = await pageAs(browser, "acmeHiring");
  await acme.goto("/trials");
  const acmeTrial = await acme.getByRole("table", { name: "Trials" }).getByRole("link").first().getAttribute("href");
  expect(acmeTrial).toMatch(/^\/trials\/\d+$/);
  await viewer.goto(acmeTrial!);
  await expectNotFoundPage(viewer);
  await viewer.goto("/roles");
  await expectNotFoundPage(viewer);

  // The recruiter sees the client's check-in beside their own.
  await recruiter.reload();
  const recruiterCheckIns = recruiter.getByRole("region", { name: "Check-ins" });
  await expect(recruiterCheckIns.getByText(`Client says hello ${id}`)).toBeVisible();

  // A busy trial lists its latest 10 check-ins, and all of them on request.
  for (let n = 1; n <= 9; n++) await addCheckIn(recruiter, { sentiment: "On track", note: `Daily note ${n} ${id}`, shared: false });
  const listed = recruiterCheckIns.getByRole("list", { name: "Check-ins" }).getByRole("listitem");
  await expect(recruiterCheckIns).toContainText("The latest 10 of 12 check-ins, newest first.");
  await expect(listed).toHaveCount(10);
  await expect(recruiterCheckIns.getByText(`Internal worry ${id}`)).toHaveCount(0);
  await recruiterCheckIns.getByRole("link", { name: "Show all 12 check-ins" }).click();
  await expect(recruiter).toHaveURL(/\?checkins=all#check-ins$/);
  await expect(listed).toHaveCount(12);
  await expect(recruiterCheckIns.getByText(`Internal worry ${id}`)).toBeVisible();
  await recruiterCheckIns.getByRole("link", { name: "Show only the latest 10" }).click();
  await expect(listed).toHaveCount(10);
  // The client's viewer counts only the check-ins shared with them: two, and no link.
  await viewer.goto(trialUrl);
  await expect(checkIns.getByRole("list", { name: "Check-ins" }).getByRole("listitem")).toHaveCount(2);
  await expect(checkIns.getByRole("link", { name: /^Show / })).toHaveCount(0);
  await recruiter.goto(trialUrl);

  // The hiring manager ticks a week-one goal and converts.
  const hm = await pageAs(browser, "northwindHiring");
  await hm.goto(trialUrl);
  // By keyboard: focus stays on the toggle while it saves and after (a keyboard user keeps their place).
  await hm.getByRole("button", { name: "Mark done: Ship the first billing fix" }).focus();
  await hm.keyboard.press("Enter");
  await expect(hm.getByRole("button", { name: "Undo, mark not done: Ship the first billing fix" })).toBeFocused();
  const decision = hm.getByRole("region", { name: "Decision" });
  // Nothing is chosen for them: the decision's button appears once an answer is.
  await expect(decision.getByRole("button", { name: /Convert to hire…|End trial…|Extend trial/ })).toHaveCount(0);
  // An extension to a day already past is refused next to the date, and focus goes there (not to
  // the section's heading, though the button pressed was remounted with the form).
  await decision.getByRole("radio", { name: "Extend" }).check();
  // The date field says what it makes of the trial: its days, its last day and the new decision day.
  await expect(decision.getByText(/^The trial becomes .+ decision on /)).toBeVisible();
  await decision.getByLabel("New end date").fill("2020-01-01");
  await decision.getByLabel("Reason for extending").fill("More time on the billing fix");
  await decision.getByRole("button", { name: "Extend trial" }).click();
  await expect(decision.getByLabel("New end date")).toHaveAttribute("aria-invalid", "true");
  await expect(decision.getByLabel("New end date")).toBeFocused();
  // A valid one: saved, a toast says so, the form starts again with nothing chosen and focus waits
  // on the section's heading.
  await decision.getByLabel("New end date").fill(new Date(Date.now() + 25 * 86_400_000).toISOString().slice(0, 10));
  await decision.getByRole("button", { name: "Extend trial" }).click();
  await expect(notice(hm)).toContainText("Extended: decision on");
  // The toast is said as soon as the action answers, before the form starts again: by the radio's
  // role, since "Extend" also names "Reason for extending" until then.
  await expect(decision.getByRole("radio", { name: "Extend" })).not.toBeChecked();
  await expect(decision.getByRole("heading", { name: "Decision", exact: true })).toBeFocused();
  await decision.getByLabel("Convert to hire").check();
  await decision.getByRole("button", { name: "Convert to hire…" }).click();
  await dialog(hm).getByRole("button", { name: "Convert to hire" }).click();
  await expect(decision.getByText("Converted", { exact: true })).toBeVisible();
  // The button pressed is gone with the form: focus waits on the section's heading, not the page's top.
  await expect(decision.getByRole("heading", { name: "Decision", exact: true })).toBeFocused();

  await recruiter.goto(`/roles/${roleId}`);
  await expect(recruiter.getByText("1 of 1 hired")).toBeVisible();
  await expect(column(recruiter, "Hired").getByText(name)).toBeVisible();
  // A hire moves on only by its trial's decision: the list does not let it be ticked for a bulk move.
  await recruiter.goto(`/roles/${roleId}?view=list`);
  await expect(recruiter.getByLabel(`Select ${name}`)).toBeDisabled();

  // An admin reopens it, saying why; the decision reopened stays on the page with the reason.
  const admin = await pageAs(browser, "admin");
  await admin.goto(trialUrl);
  const adminDecision = admin.getByRole("region", { name: "Decision" });
  await adminDecision.getByRole("button", { name: "Reopen decision…" }).click();
  await dialog(admin).getByRole("button", { name: "Reopen decision" }).click();
  await expect(dialog(admin).getByText("Say why the decision is reopened")).toBeVisible();
  await expect(dialog(admin).getByLabel("Why reopen it?")).toBeFocused();
  await dialog(admin).getByLabel("Why reopen it?").fill(`Converted by mistake ${id}`);
  await dialog(admin).getByRole("button", { name: "Reopen decision" }).click();
  await expect(notice(admin)).toContainText(`Decision reopened; ${name} is back in Trial.`);
  await expect(dialog(admin)).toHaveCount(0);
  const earlier = adminDecision.getByRole("listitem").filter({ hasText: `Converted by mistake ${id}` });
  await expect(earlier).toContainText("Converted by Jordan Blake");
  await expect(earlier).toContainText(/Reopened by .+ on \d{1,2} [A-Z][a-z]{2}/);
  await expect(adminDecision.getByRole("heading", { name: "Decision", exact: true })).toBeFocused();
  // Undecided again: the hiring manager may decide anew, and sees why it was reopened.
  await hm.reload();
  await expect(decision.getByText(`Converted by mistake ${id}`)).toBeVisible();
  await expect(decision.getByLabel("Convert to hire")).toBeVisible();
  for (const p of [recruiter, viewer, acme, hm, admin]) await p.context().close();
});

test("an ended trial offers the backfill: the runners-up with their scores, one click back into the pipeline", async ({ browser }) => {
  test.setTimeout(180_000);
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  const roleId = await createRole(page, { title: `Backfill ${id}`, client: "Northwind Labs" });
  const names = [`Uma Ended${id}`, `Rex Runner${id}`];
  for (const [i, name] of names.entries()) {
    await createCandidate(page, { name, email: `backfill${i}.${id}@example.test` });
    await addToRole(page, roleId, name.split(" ")[1].toLowerCase(), name);
    await submitToClient(page, name, "Northwind Labs");
    await moveOnSettledBoard(page, name, "Offer");
    await expect(column(page, "Offer").getByText(name)).toBeVisible();
  }
  // Rex reached Offer and lost out: a runner-up.
  await moveOnSettledBoard(page, names[1], "Rejected");
  await dialog(page).getByLabel("Reason").selectOption({ label: "Client declined" });
  await dialog(page).getByRole("button", { name: "Reject" }).click();
  await expect(notice(page)).toContainText("Moved 1 candidate to Rejected.");

  await startTrial(page, names[0], "Ship one feature");
  await openTrialOf(page, roleId, names[0]);
  const decision = page.getByRole("region", { name: "Decision" });
  await decision.getByLabel("End trial").check();
  // No reason yet: said next to the field at once, before the "final decision" confirmation.
  await decision.getByRole("button", { name: "End trial…" }).click();
  await expect(decision.getByText("Choose why the trial ended")).toBeVisible();
  await expect(decision.getByLabel("Why it ended")).toBeFocused();
  await expect(dialog(page)).toHaveCount(0);
  await decision.getByLabel("Why it ended").selectOption({ label: "Skills gap" });
  await decision.getByRole("button", { name: "End trial…" }).click();
  await dialog(page).getByRole("button", { name: "End trial" }).click();
  await expect(decision.getByText("Ended", { exact: true })).toBeVisible();
  // Decided, the timeline's last cell is still the day the decision was due; ended before its
  // first day, the trial's first cell says when it ended.
  const timeline = page.getByRole("list", { name: "Trial timeline" });
  await expect(timeline.getByRole("listitem").last()).toContainText("Decision day");
  await expect(timeline).not.toContainText("Planned end");
  await expect(timeline.getByRole("listitem").first()).toContainText(/Ended \d{1,2} [A-Z][a-z]{2}/);
  const runnersUp = decision.getByRole("list", { name: "Runners-up" });
  await expect(runnersUp).toContainText(names[1]);
  await expect(runnersUp).not.toContainText(names[0]);
  await decision.getByRole("button", { name: `Move back to Client interview: ${names[1]}` }).click();
  await expect(notice(page)).toContainText(`${names[1]} is back in Client interview.`);
  await expect(runnersUp).toContainText("In the pipeline");
  await expect(decision.getByRole("heading", { name: "Decision", exact: true })).toBeFocused();

  await page.goto(`/roles/${roleId}`);
  await expect(column(page, "Client interview").getByText(names[1])).toBeVisible();
  await page.context().close();
});
