import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, demoUsers } from "./fixtures";

// What a direct client can send that a browser would not: forwarded headers, forged origins,
// broken action requests. Signed out, through the request fixture.

/** The login form's hidden server-action fields, as the no-JavaScript form posts them. */
async function loginForm(request: APIRequestContext) {
  const html = await (await request.get("/login")).text();
  const fields: Record<string, string> = {};
  for (const [, name, value = ""] of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) {
    fields[name] = value.replaceAll("&quot;", '"');
  }
  const actionId = /"id":"([0-9a-f]{42})"/.exec(fields["$ACTION_1:0"] ?? "")?.[1];
  expect(actionId, "the login page carries its action id").toBeTruthy();
  return { fields, actionId: actionId! };
}

test("without TRUST_PROXY, X-Forwarded-Host/Proto and Forwarded cannot steer the sign-in redirect or the cookie flags", async ({ request, baseURL }) => {
  const { fields } = await loginForm(request);
  const spoofs: Record<string, string>[] = [
    { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", origin: "https://evil.example" },
    { "x-forwarded-host": "evil.example", "x-forwarded-port": "8443" },
    { "x-forwarded-proto": "https", origin: baseURL! },
    { forwarded: "host=evil.example;proto=https", origin: baseURL! },
  ];
  for (const headers of spoofs) {
    const response = await request.post("/login", {
      headers,
      multipart: { ...fields, email: demoUsers.admin.email, password: DEMO_PASSWORD },
      maxRedirects: 0,
    });
    const label = JSON.stringify(headers);
    const location = response.headers()["location"] ?? "";
    expect(location, label).not.toContain("evil.example");
    expect(location, label).not.toMatch(/^https:/);
    const cookies = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
    for (const cookie of cookies) {
      expect(cookie, label).not.toMatch(/;\s*Secure/i);
      expect(cookie, label).not.toMatch(/^__Secure-/);
    }
  }
});

test("malformed action posts answer 400 and cross-origin ones 403, without an error reference", async ({ request, baseURL }) => {
  const { fields, actionId } = await loginForm(request);
  const sameOrigin = { origin: baseURL!, accept: "text/x-component" };
  const cases = [
    { name: "garbled action id", status: 400, headers: { ...sameOrigin, "next-action": "garbage", "content-type": "text/plain;charset=UTF-8" }, data: "[]" },
    {
      name: "undecodable JSON body",
      status: 400,
      headers: { ...sameOrigin, "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
      data: "{{{not json",
    },
    {
      name: "truncated multipart body",
      status: 400,
      headers: { ...sameOrigin, "next-action": actionId, "content-type": "multipart/form-data; boundary=xyz" },
      data: '--xyz\r\nContent-Disposition: form-data; name="1_email"\r\n\r\nabc',
    },
    {
      name: "another site's origin",
      status: 403,
      headers: { accept: "text/x-component", origin: "https://evil.example", "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
    },
    {
      name: "an opaque origin",
      status: 403,
      headers: { accept: "text/x-component", origin: "null", "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
    },
  ];
  for (const c of cases) {
    const response = await request.post("/login", { headers: c.headers, data: c.data, maxRedirects: 0 });
    const text = await response.text();
    expect(response.status(), c.name).toBe(c.status);
    expect(text, c.name).not.toMatch(/Reference|digest/);
  }

  // The form posted without JavaScript from another site is refused the same way.
  const forged = await request.post("/login", {
    headers: { origin: "https://evil.example" },
    multipart: { ...fields, email: demoUsers.admin.email, password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  expect(forged.headers()["set-cookie"] ?? "").not.toContain("session-token");
});
