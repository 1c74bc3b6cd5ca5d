import { expect, test, type Page } from "@playwright/test";
import { expectNotFoundPage, notice, pageAs, type DemoUser } from "./fixtures";

async function clientIdByName(page: Page, name: string): Promise<string> {
  await page.goto(`/clients?q=${encodeURIComponent(name)}`);
  const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
  return href!.split("/").pop()!;
}

test("client users get the 404 page for agency pages and for any company's record", async ({ browser }) => {
  const recruiter = await pageAs(browser, "recruiter");
  const northwind = await clientIdByName(recruiter, "Northwind Labs");
  const acme = await clientIdByName(recruiter, "Acme Robotics");

  const cases: [DemoUser, string][] = [
    ["acmeHiring", "/settings/users"],
    ["acmeHiring", "/clients"],
    ["acmeHiring", `/clients/${northwind}`],
    ["acmeHiring", `/clients/${acme}`],
    ["northwindViewer", "/settings/users"],
    ["northwindViewer", "/clients"],
    ["northwindViewer", `/clients/${acme}`],
    ["recruiter", "/settings/users"],
  ];
  for (const [user, path] of cases) {
    const page = await pageAs(browser, user);
    const response = await page.goto(path);
    expect(response?.status(), `${user} ${path}`).toBe(404);
    await expectNotFoundPage(page);
    await page.context().close();
  }

  // An unknown record or URL is the same 404.
  const response = await recruiter.goto("/clients/999999");
  expect(response?.status()).toBe(404);
  await expectNotFoundPage(recruiter);
  expect((await recruiter.goto("/no-such-page"))?.status()).toBe(404);
});

test("a server action posted directly by a client user is refused and changes nothing", async ({ browser }) => {
  const recruiter = await pageAs(browser, "recruiter");
  const id = await clientIdByName(recruiter, "Acme Robotics");
  await recruiter.goto(`/clients/${id}`);

  // Capture the real "add contact" action request as the recruiter sends it.
  await recruiter.getByLabel("Contact name").fill("Added By Recruiter");
  const [request] = await Promise.all([
    recruiter.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    recruiter.getByRole("button", { name: "Add contact" }).click(),
  ]);
  await expect(recruiter.getByText("Added By Recruiter", { exact: true })).toBeVisible();

  const replay = async (user: DemoUser, name: string) => {
    const page = await pageAs(browser, user);
    const body = request.postData()!.replace("Added By Recruiter", name);
    const headers = request.headers();
    const response = await page.request.post(`/clients/${id}`, {
      headers: {
        "next-action": headers["next-action"],
        "content-type": headers["content-type"],
        origin: headers.origin ?? new URL(request.url()).origin,
        accept: "text/x-component",
      },
      data: body,
    });
    return response.text();
  };

  // The same request from Acme's own hiring manager and from its viewer is refused...
  expect(await replay("acmeHiring", "Forged By Hiring Manager")).toContain("Not found");
  expect(await replay("acmeViewer", "Forged By Viewer")).toContain("Not found");
  // ...while from another recruiter it works (the replay itself is sound).
  await replay("admin", "Replayed By Admin");

  await recruiter.reload();
  await expect(recruiter.getByText("Replayed By Admin", { exact: true })).toBeVisible();
  await expect(recruiter.getByText("Forged By Hiring Manager")).toHaveCount(0);
  await expect(recruiter.getByText("Forged By Viewer")).toHaveCount(0);
});

test("two people editing the same client: the second save is refused, not silently lost", async ({ browser }) => {
  const recruiter = await pageAs(browser, "recruiter");
  const admin = await pageAs(browser, "admin");
  const id = await clientIdByName(recruiter, "Tidewater Energy");
  await recruiter.goto(`/clients/${id}`);
  await admin.goto(`/clients/${id}`);

  await recruiter.getByLabel("Notes").fill("Budget owner is the COO (recruiter's edit).");
  await recruiter.getByRole("button", { name: "Save changes" }).click();
  await expect(notice(recruiter)).toContainText("Saved.");

  await admin.getByLabel("Notes").fill("Admin's stale edit.");
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByRole("alert", { name: "Client form status" })).toContainText("Someone else changed this client meanwhile");
  await expect(admin.getByLabel("Notes")).toHaveValue("Admin's stale edit.");

  await admin.reload();
  await expect(admin.getByLabel("Notes")).toHaveValue("Budget owner is the COO (recruiter's edit).");
});
