import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import { expect, test, type Browser, type Page, type Request } from "@playwright/test";
import { expectNotFoundPage, pageAs, type DemoUser, switchColorScheme } from "./fixtures";
import { addToRole, column, createCandidate, createRole, moveByKeyboard, notice, uniq } from "./pipeline-helpers";

// The database the test server runs on (playwright.config.ts): read to find the new application's
// id, which no page links to yet.
const E2E_DB = "e2e/.data/e2e.db";

function applicationIdOf(roleId: number, candidateId: number): number {
  const db = new Database(E2E_DB, { readonly: true });
  try {
    return (db.prepare("select id from applications where role_id = ? and candidate_id = ?").get(roleId, candidateId) as { id: number }).id;
  } finally {
    db.close();
  }
}

/** Posts a captured server action again as another user, with `from` in its body replaced by `to`; returns the answer. */
async function replayAs(browser: Browser, user: DemoUser, request: Request, from: string, to: string): Promise<string> {
  const page = await pageAs(browser, user);
  const headers = request.headers();
  const response = await page.request.post(new URL(request.url()).pathname, {
    headers: {
      "next-action": headers["next-action"],
      "content-type": headers["content-type"],
      origin: new URL(request.url()).origin,
      accept: "text/x-component",
    },
    data: request.postData()!.replace(from, to),
  });
  return response.text();
}

async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

const actionPost = (page: Page) => page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);

async function addReferee(page: Page, r: { name: string; relationship: string; email: string }): Promise<Request> {
  await page.getByRole("region", { name: "References" }).getByRole("button", { name: "Add referee" }).click();
  const dialog = page.getByRole("dialog", { name: "Add referee" });
  await dialog.getByLabel("Referee name").fill(r.name);
  await dialog.getByLabel("Relationship").fill(r.relationship);
  await dialog.getByLabel("Email").fill(r.email);
  const [request] = await Promise.all([actionPost(page), dialog.getByRole("button", { name: "Add referee" }).click()]);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("list", { name: "Referees" }).getByText(r.name, { exact: true })).toBeVisible();
  return request;
}

async function recordCall(page: Page, name: string, answer: string, outcome: string) {
  await page.getByRole("button", { name: `Record the call with ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `The call with ${name}` });
  // Everyone's questions, then the lead's.
  await dialog.getByLabel("How did they deliver under pressure?").fill(answer);
  await expect(dialog.getByLabel("How did they delegate?")).toBeVisible();
  await dialog.getByLabel("Outcome").selectOption({ label: outcome });
  await dialog.getByRole("button", { name: "Record the call" }).click();
  await expect(dialog).toBeHidden();
  await expect(notice(page)).toContainText(`Recorded the call with ${name}`);
}

test("a recruiter ticks the checklist with evidence and two reference calls tick 'Two references checked'; clients see none of it", async ({ browser }) => {
  test.setTimeout(120_000);
  const id = uniq();
  const page = await pageAs(browser, "recruiter");
  const roleId = await createRole(page, { title: `Checklist Lead ${id}`, client: "Northwind Labs" });
  const candidate = { name: `Mira Vance${id}`, email: `mira.${id}@example.test` };
  const candidateId = await createCandidate(page, candidate);
  await addToRole(page, roleId, `vance${id}`, candidate.name);
  await moveByKeyboard(page, candidate.name, "Screening");
  await expect(column(page, "Screening").getByText(candidate.name)).toBeVisible();
  await moveByKeyboard(page, candidate.name, "Submitted");
  await page
    .getByRole("dialog", { name: `Submit ${candidate.name} to Northwind Labs` })
    .getByRole("button", { name: "Submit" })
    .click();
  await expect(column(page, "Submitted").getByText(candidate.name)).toBeVisible();
  const applicationId = applicationIdOf(roleId, candidateId);

  await page.goto(`/applications/${applicationId}`);
  await expect(page.getByRole("heading", { level: 1, name: candidate.name })).toBeVisible();
  const checklist = page.getByRole("region", { name: "Checklist" });
  await expect(checklist.getByText("0 of 7 ticked")).toBeVisible();

  // No evidence: refused, with the message next to the field.
  await checklist.getByRole("button", { name: "Tick Evidence of mentoring" }).click();
  const tick = page.getByRole("dialog", { name: "Tick “Evidence of mentoring”" });
  await tick.getByLabel("Evidence").fill("  ");
  await tick.getByRole("button", { name: "Tick item" }).click();
  await expect(tick.getByText("Write a short note of the evidence (at least 3 characters)")).toBeVisible();
  await expect(tick.getByLabel("Evidence")).toHaveAttribute("aria-invalid", "true");

  await tick.getByLabel("Evidence").fill("Coached two juniors to mid-level at Brightline; the reference confirmed it.");
  const [tickRequest] = await Promise.all([actionPost(page), tick.getByRole("button", { name: "Tick item" }).click()]);
  await expect(tick).toBeHidden();
  await expect(notice(page)).toContainText("Ticked");
  const items = checklist.getByRole("list", { name: "Checklist items" });
  const mentoring = items.getByRole("listitem").filter({ hasText: "Evidence of mentoring" });
  await expect(mentoring).toContainText("Coached two juniors to mid-level at Brightline");
  await expect(mentoring).toContainText("Ticked by Riley Chen");
  await expect(checklist.getByText("1 of 7 ticked")).toBeVisible();

  // A second tab loads now; in the first the item is unticked and ticked again. The second tab's
  // Untick is of a tick that is gone: it is told so, and the new tick stays.
  const stale = await pageAs(browser, "recruiter");
  await stale.goto(page.url());
  await mentoring.getByRole("button", { name: "Untick Evidence of mentoring" }).click();
  await expect(notice(page)).toContainText('Unticked "Evidence of mentoring"');
  // Focus moves to the control now in the unticked one's place, and back after ticking again.
  await expect(checklist.getByRole("button", { name: "Tick Evidence of mentoring" })).toBeFocused();
  await checklist.getByRole("button", { name: "Tick Evidence of mentoring" }).click();
  await tick.getByLabel("Evidence").fill("Mentored the on-call rotation's two new joiners.");
  await tick.getByRole("button", { name: "Tick item" }).click();
  await expect(tick).toBeHidden();
  await expect(checklist.getByRole("button", { name: "Untick Evidence of mentoring" })).toBeFocused();
  await stale.getByRole("button", { name: "Untick Evidence of mentoring" }).click();
  await expect(notice(stale)).toContainText('Someone ticked "Evidence of mentoring" again since you loaded the page');
  await page.reload();
  await expect(mentoring).toContainText("Mentored the on-call rotation's two new joiners.");
  await stale.context().close();

  // Two referees, two calls: the second completes the references and the system ticks the item.
  const ana = { name: `Ana Ruiz${id}`, relationship: "Her manager at Brightline", email: `ana.${id}@ref.test` };
  const ben = { name: `Ben Okoye${id}`, relationship: "Peer engineer at Brightline", email: `ben.${id}@ref.test` };
  await addReferee(page, ana);
  const addRequest = await addReferee(page, ben);
  await recordCall(page, ana.name, "Shipped the billing rewrite on time through two incidents.", "Positive");
  const references = items.getByRole("listitem").filter({ hasText: "Two references checked" });
  await expect(references).toContainText("(not ticked)");
  await recordCall(page, ben.name, "Steady, though slow to escalate once.", "Mixed");
  await expect(references).toContainText("(ticked)");
  await expect(references).toContainText(`References: ${ana.name} (positive), ${ben.name} (mixed)`);
  await expect(references).toContainText("Ticked by the system");
  await expect(checklist.getByText("2 of 7 ticked")).toBeVisible();
  const referees = page.getByRole("list", { name: "Referees" });
  await expect(referees.getByRole("listitem").filter({ hasText: ana.name })).toContainText("Positive");
  await expect(referees.getByRole("listitem").filter({ hasText: ben.name })).toContainText("Mixed");

  // axe, light and dark: the page with ticks and calls, the call's details open, and the tick dialog.
  for (const scheme of ["light", "dark"] as const) {
    await switchColorScheme(page, scheme);
    await page.reload();
    await referees
      .getByText(/^The call,/)
      .first()
      .click();
    expect(await violations(page), `application page · ${scheme}`).toEqual([]);
    await checklist.getByRole("button", { name: "Tick Past startup work" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await violations(page), `tick dialog · ${scheme}`).toEqual([]);
    await page.keyboard.press("Escape");
  }

  // The client's hiring manager sees the application but no checklist or references section, nor any referee.
  const hm = await pageAs(browser, "northwindHiring");
  await hm.goto(`/applications/${applicationId}`);
  await expect(hm.getByRole("heading", { level: 1, name: candidate.name })).toBeVisible();
  await expect(hm.getByRole("region", { name: "Checklist" })).toHaveCount(0);
  await expect(hm.getByRole("region", { name: "References" })).toHaveCount(0);
  const html = await hm.content();
  expect(html).not.toContain(ana.name);
  expect(html).not.toContain("Coached two juniors");

  // The actions posted directly by the client's hiring manager and viewer: not found, nothing written.
  for (const user of ["northwindHiring", "northwindViewer"] as const) {
    expect(await replayAs(browser, user, addRequest, ben.name, `Forged Referee${id}`)).toContain("Not found");
    expect(await replayAs(browser, user, tickRequest, "Evidence of mentoring", "Past startup work")).toContain("Not found");
  }
  await page.reload();
  await expect(page.getByRole("list", { name: "Referees" }).getByRole("listitem")).toHaveCount(2);
  await expect(page.getByText(`Forged Referee${id}`)).toHaveCount(0);
  await expect(items.getByRole("listitem").filter({ hasText: "Past startup work" })).toContainText("(not ticked)");

  // Another company's hiring manager: not found.
  const acme = await pageAs(browser, "acmeHiring");
  expect((await acme.goto(`/applications/${applicationId}`))?.status()).toBe(404);
  await expectNotFoundPage(acme);
});
