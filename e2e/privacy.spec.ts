import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import fs from "node:fs";
import { decode, encode } from "next-auth/jwt";
import { pageAs, switchColorScheme } from "./fixtures";
import { createCandidate, notice, uniq } from "./pipeline-helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
// The e2e server's secret (playwright.config.ts): lets the idle-timeout test forge an old session.
const SECRET = "e2e-secret-that-is-long-enough-for-authjs-0123456789";
const COOKIE = "authjs.session-token";

/** A new candidate with a résumé and an internal note, added by the page's user (an admin). */
async function candidateWithData(page: Page, id: string) {
  const person = { name: `Quentin Private${id}`, email: `quentin.${id}@erasable.test`, skills: `Fortran${id}, COBOL` };
  const candidateId = await createCandidate(page, person);
  await page.getByLabel("Upload résumé").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Upload", exact: true }).click();
  await expect(page.getByRole("link", { name: "Download résumé" })).toBeVisible();
  await page.getByRole("textbox", { name: "Note" }).fill(`Prefers async work ${id}`);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(notice(page)).toContainText("Internal note added.");
  return { ...person, candidateId };
}

test("an admin downloads everything held about a candidate as a zip; nobody else may", async ({ browser }) => {
  const id = uniq();
  const admin = await pageAs(browser, "admin");
  const quentin = await candidateWithData(admin, id);
  const privacy = admin.getByRole("region", { name: "Privacy" });
  const [download] = await Promise.all([admin.waitForEvent("download"), privacy.getByRole("link", { name: "Download personal data" }).click()]);
  expect(download.suggestedFilename()).toBe(`candidate-${quentin.candidateId}-personal-data.zip`);
  const files = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  expect(Object.keys(files).sort()).toEqual([`Quentin-Private${id}-resume.pdf`, "candidate.json"]);
  const data = JSON.parse(strFromU8(files["candidate.json"]));
  expect(data.candidate).toMatchObject({ id: quentin.candidateId, name: quentin.name, email: quentin.email });
  expect(data.notes).toEqual([expect.objectContaining({ body: `Prefers async work ${id}` })]);
  expect(data.auditLog.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(["candidate.create", "candidate.resume.upload"]));

  for (const user of ["recruiter", "northwindHiring", "northwindViewer"] as const) {
    const page = await pageAs(browser, user);
    const response = await page.request.get(`/candidates/${quentin.candidateId}/export`);
    expect(response.status(), user).toBe(404);
    await page.context().close();
  }
  const recruiter = await pageAs(browser, "recruiter");
  await recruiter.goto(`/candidates/${quentin.candidateId}`);
  await expect(recruiter.getByRole("heading", { level: 1, name: quentin.name })).toBeVisible();
  await expect(recruiter.getByRole("region", { name: "Privacy" })).toHaveCount(0);
});

test("an admin erases a candidate: confirmed by name, anonymised, found by no search, no longer editable", async ({ browser }) => {
  test.setTimeout(60_000);
  const id = uniq();
  const admin = await pageAs(browser, "admin");
  const quentin = await candidateWithData(admin, id);
  const url = `/candidates/${quentin.candidateId}`;

  await admin.getByRole("button", { name: "Erase personal data…" }).click();
  const dialog = admin.getByRole("dialog", { name: `Erase ${quentin.name}'s personal data?` });
  for (const scheme of ["light", "dark"] as const) {
    await switchColorScheme(admin, scheme);
    await expect(dialog).toBeVisible();
    await admin.waitForTimeout(300); // the dialog's open transition
    const { violations } = await new AxeBuilder({ page: admin }).analyze();
    expect(
      violations.map((v) => v.id),
      scheme,
    ).toEqual([]);
  }
  await dialog.getByLabel("Type the candidate's name to confirm").fill("Someone Else");
  await dialog.getByRole("button", { name: "Erase for good" }).click();
  await expect(dialog.getByText(`Type the candidate's name exactly as shown: ${quentin.name}`)).toBeVisible();
  await dialog.getByLabel("Type the candidate's name to confirm").fill(quentin.name.toLowerCase());
  await dialog.getByRole("button", { name: "Erase for good" }).click();
  await expect(notice(admin)).toContainText("The candidate's personal data was erased.");

  await expect(admin.getByRole("heading", { level: 1, name: "Erased candidate" })).toBeVisible();
  await expect(admin.getByRole("status").filter({ hasText: "personal data was erased on" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Edit candidate" })).toHaveCount(0);
  await expect(admin.getByRole("button", { name: "Add note" })).toHaveCount(0);
  await expect(admin.getByRole("link", { name: "Download résumé" })).toHaveCount(0);
  const html = await (await admin.request.get(url)).text();
  for (const gone of [quentin.name, quentin.email, `Fortran${id}`, `Prefers async work ${id}`]) expect(html).not.toContain(gone);

  for (const q of [`Private${id}`, quentin.email, `Fortran${id}`]) {
    await admin.goto(`/candidates?q=${encodeURIComponent(q)}`);
    await expect(admin.getByText("No candidates match")).toBeVisible();
  }
  expect((await admin.request.get(`${url}/resume`)).status()).toBe(404);
  await admin.goto(`${url}/edit`);
  await expect(admin).toHaveURL(url);
});

async function sessionCookie(claims: Record<string, unknown>) {
  return encode({ token: claims, secret: SECRET, salt: COOKIE, maxAge: 12 * 3600 });
}

test("a session idle for 2 hours, or 12 hours old however active, is sent to sign in; an active one slides", async ({ browser, playwright, baseURL }) => {
  // The recruiter's real user id, from the saved session.
  const saved = await (await pageAs(browser, "recruiter")).context().cookies();
  const claims = (await decode({ token: saved.find((c) => c.name === COOKIE)!.value, secret: SECRET, salt: COOKIE }))!;
  const now = Date.now();
  const http = await playwright.request.newContext({ baseURL, maxRedirects: 0 });
  const get = async (path: string, token: string) => http.get(path, { headers: { cookie: `${COOKIE}=${token}` } });

  const idle = await get("/candidates", await sessionCookie({ sub: claims.sub, authAt: now - 3 * 3600_000, seenAt: now - 121 * 60_000, sid: `idle-${now}` }));
  expect(idle.status()).toBe(307);
  expect(idle.headers()["location"]).toMatch(/\/login\?next=%2Fcandidates$/);
  expect(idle.headers()["set-cookie"]).toMatch(new RegExp(`^${COOKIE}=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)`, "i"));

  const old = await get("/candidates", await sessionCookie({ sub: claims.sub, authAt: now - 12 * 3600_000 - 60_000, seenAt: now - 60_000, sid: `old-${now}` }));
  expect(old.status()).toBe(307);
  expect(old.headers()["location"]).toMatch(/\/login\?next=%2Fcandidates$/);

  const active = await get("/candidates", await sessionCookie({ sub: claims.sub, authAt: now - 3600_000, seenAt: now - 5 * 60_000, sid: `active-${now}` }));
  expect(active.status()).toBe(200);
  const renewed = active.headers()["set-cookie"].match(new RegExp(`${COOKIE}=([^;]+)`))![1];
  const slid = (await decode({ token: renewed, secret: SECRET, salt: COOKIE }))!;
  expect(slid).toMatchObject({ sub: claims.sub, sid: `active-${now}` });
  expect(slid.seenAt as number).toBeGreaterThanOrEqual(now);
  // The renewed cookie ends two hours from now, not twelve.
  expect((slid.exp as number) * 1000 - Date.now()).toBeLessThanOrEqual(2 * 3600_000 + 60_000);
  await http.dispose();
});
