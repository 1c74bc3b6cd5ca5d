import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, notice, pageAs } from "./fixtures";
import { addToRole, column, createCandidate, createRole, moveByKeyboard, uniq } from "./pipeline-helpers";

// The interview loop from end to end, on a candidate of its own (the demo's applications have
// scorecards Riley already owes): two agency interviewers and blind feedback, the client's hiring
// manager filling their own scorecard without ever receiving the agency's, the weighted score
// re-scored for other levels on the application and in the comparison, and another company's
// hiring manager answered "not found".

/**
 * Yesterday as YYYY-MM-DD in UTC (the zone the interview form uses without a time-zone cookie): the
 * interviews are recorded as held, since a scorecard is submitted only once its interview has started.
 */
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function signInAs(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
  return page;
}

const kinds = { "Systems design": "systems_design", Culture: "culture" } as const;

/** Schedules an interview from the application page; returns the new interview's id. */
async function schedule(page: Page, kind: keyof typeof kinds, time: string, interviewers: string[]): Promise<number> {
  const section = page.getByRole("region", { name: "Interviews" });
  await section.getByRole("button", { name: "Schedule interview" }).click();
  const dialog = page.getByRole("dialog", { name: "Schedule interview" });
  await dialog.getByLabel("Kind").selectOption(kinds[kind]);
  await dialog.getByLabel("Date").fill(yesterday());
  await dialog.getByLabel(/^Start time/).fill(time);
  await dialog.getByLabel("Duration (minutes)").fill("60");
  // Exactly these interviewers (the scheduler is ticked to begin with), once the list has loaded.
  await expect(dialog.getByRole("checkbox").first()).toBeVisible();
  for (const box of await dialog.getByRole("checkbox").all()) {
    const name = (await box.getAttribute("aria-label")) ?? (await box.evaluate((el) => el.closest("label")?.textContent ?? ""));
    if (interviewers.some((i) => name.startsWith(i))) await box.check();
    else await box.uncheck();
  }
  await dialog.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(notice(page)).toContainText(`Scheduled ${kind}`);
  const item = section.getByRole("article").filter({ has: page.getByRole("heading", { name: new RegExp(`^${kind}`) }) });
  const href = await item.getByRole("link", { name: /^Open/ }).getAttribute("href");
  return Number(href!.split("/").pop());
}

/** Rates each attribute the kit shows, picks a recommendation, writes the note and submits after confirming. */
async function submitScorecard(page: Page, ratings: Record<string, 1 | 2 | 3 | 4>, note: string) {
  const form = page.getByRole("form", { name: "Your scorecard" });
  for (const [attribute, rating] of Object.entries(ratings)) {
    await form
      .getByRole("group", { name: attribute })
      .getByRole("radio", { name: new RegExp(`^${rating} ·`) })
      .check();
  }
  await form.getByLabel("Notes").fill(note);
  // Without a recommendation, Submit says so at once, before any confirmation.
  await form.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(form.getByText("Choose a recommendation to submit your scorecard")).toBeVisible();
  await expect(page.getByRole("dialog", { name: "Submit your scorecard?" })).toHaveCount(0);
  await form.getByRole("group", { name: "Recommendation" }).getByRole("radio", { name: "Yes", exact: true }).check();
  await expect(form.getByText("Choose a recommendation to submit your scorecard")).toHaveCount(0);
  await form.getByRole("button", { name: "Submit", exact: true }).click();
  await page.getByRole("dialog", { name: "Submit your scorecard?" }).getByRole("button", { name: "Submit scorecard" }).click();
  await expect(notice(page)).toContainText("Scorecard submitted.");
  await expect(page.getByRole("button", { name: "Amend" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your scorecard", exact: true })).toBeFocused();
}

const DESIGN = { "System design": 4, "Technical depth": 4, "Product sense": 2, Communication: 2 } as const;

test("blind scorecards, the hiring manager's own scorecard, and the weighted score re-scored for other levels", async ({ browser }) => {
  test.setTimeout(240_000);
  const id = uniq();
  const riley = await pageAs(browser, "recruiter");
  const roleId = await createRole(riley, { title: `Loop Lead ${id}`, client: "Northwind Labs" });
  const candidate = { name: `Ilse Brandt${id}`, email: `ilse.${id}@example.test` };
  const candidateId = await createCandidate(riley, candidate);
  await addToRole(riley, roleId, `brandt${id}`, candidate.name);
  await moveByKeyboard(riley, candidate.name, "Screening");
  await expect(column(riley, "Screening").getByText(candidate.name)).toBeVisible();
  await moveByKeyboard(riley, candidate.name, "Submitted");
  await riley
    .getByRole("dialog", { name: `Submit ${candidate.name} to Northwind Labs` })
    .getByRole("button", { name: "Submit" })
    .click();
  await expect(column(riley, "Submitted").getByText(candidate.name)).toBeVisible();

  // From the candidate's profile to the application, where the loop is run.
  await riley.goto(`/candidates/${candidateId}`);
  await riley.getByRole("link", { name: `Interviews and evaluation: Loop Lead ${id}, Northwind Labs` }).click();
  await riley.waitForURL(/\/applications\/\d+$/);
  await expect(riley.getByRole("heading", { level: 1, name: candidate.name })).toBeVisible();
  const applicationPath = new URL(riley.url()).pathname;
  const design = await schedule(riley, "Systems design", "10:00", ["Riley Chen", "Sam Okafor"]);
  const client = await schedule(riley, "Culture", "14:00", ["Jordan Blake"]);

  // Riley scores the systems design interview, with the kit on the same screen.
  const rileyNote = `Riley's private read ${id}`;
  await riley.goto(`/interviews/${design}`);
  await expect(riley.getByText("What would break if the user base doubled in three months?")).toBeVisible();
  await submitScorecard(riley, DESIGN, rileyNote);

  // Sam, the second interviewer, sees the kit but not Riley's scorecard — not in the page, not in its payload.
  const sam = await signInAs(browser, "sam@agency.test");
  await sam.goto(`/interviews/${design}`);
  await expect(sam.getByText("What would break if the user base doubled in three months?")).toBeVisible();
  await expect(sam.getByText("Other interviewers' scorecards are hidden until you submit yours.")).toBeVisible();
  expect(await sam.content()).not.toContain(rileyNote);
  expect(await (await sam.request.get(`/interviews/${design}`)).text()).not.toContain(rileyNote);
  expect(await (await sam.request.get(applicationPath)).text()).not.toContain(rileyNote);
  await sam.goto(applicationPath);
  await expect(sam.getByText(/hidden until you submit your scorecards/)).toBeVisible();
  await expect(sam.getByText(/\/ 4, \d+% covered/)).toHaveCount(0);

  // Once Sam submits, Riley's scorecard is there.
  const samNote = `Sam's take ${id}`;
  await sam.goto(`/interviews/${design}`);
  await submitScorecard(sam, DESIGN, samNote);
  await expect(sam.getByText(rileyNote)).toBeVisible();

  // Jordan, the client's hiring manager, fills their own scorecard for the culture interview...
  const jordan = await pageAs(browser, "northwindHiring");
  await jordan.goto("/interviews");
  await expect(jordan.getByRole("table", { name: "Scorecards you owe" }).getByRole("row").filter({ hasText: candidate.name })).toHaveCount(1);
  await jordan.goto(`/interviews/${client}`);
  await submitScorecard(jordan, { "Culture fit": 3, Communication: 3, "Product sense": 3 }, `Jordan's view ${id}`);
  // ...and never receives the agency's notes or ratings one by one: not on the interview he held,
  // not on the agency's interview, not on the application (which shows him the summary only).
  for (const path of [`/interviews/${client}`, `/interviews/${design}`, applicationPath]) {
    const html = await (await jordan.request.get(path)).text();
    expect(html, path).not.toContain(rileyNote);
    expect(html, path).not.toContain(samNote);
  }
  await jordan.goto(applicationPath);
  const evaluation = jordan.getByRole("region", { name: "Evaluation" });
  await expect(evaluation.getByText(/\/ 4, \d+% covered/)).toBeVisible();
  await expect(evaluation.getByText("Riley Chen")).toHaveCount(0);

  // The agency's view of the same evidence: the score under the role's (Lead) weights, re-scored as the other levels.
  // Means: system design 4, technical depth 4, product sense and communication (2+2+3)/3, culture fit 3.
  // As Lead: (15·4 + 10·4 + 5·2.33 + 10·2.33 + 5·3) / 45 = 3.3; as EM: (5·4 + 5·4 + 10·2.33 + 15·2.33 + 10·3) / 45 = 2.9.
  await riley.goto(applicationPath);
  const summary = riley.getByRole("region", { name: "Evaluation" });
  await expect(summary).toContainText("3.3 / 4");
  await expect(summary).toContainText(/by each template: Senior \d\.\d · Lead 3\.3 · EM 2\.9/);
  await expect(summary).toContainText(rileyNote);
  await expect(summary).toContainText(samNote);

  // The comparison shows it, and re-scores it as an engineering manager.
  await riley.goto(`/roles/${roleId}`);
  await riley.getByRole("link", { name: "Compare candidates" }).click();
  const row = riley.getByRole("row").filter({ hasText: candidate.name });
  await expect(row).toContainText("3.3");
  await riley.getByRole("navigation", { name: "Score as" }).getByRole("link", { name: "As EM" }).click();
  await expect(row).toContainText("2.9");

  // Another company's hiring manager: not found, for the interview and the application.
  const acme = await pageAs(browser, "acmeHiring");
  for (const path of [`/interviews/${design}`, `/interviews/${client}`, applicationPath]) {
    expect((await acme.request.get(path)).status(), path).toBe(404);
  }
});
