// Where to go after signing in: the page a signed-out visitor asked for. Only a path on this site
// is accepted; anything that could leave it ("//evil.example", "https://…", "/\evil", control
// characters) falls back to home, so the sign-in page is never an open redirect.
// No server imports: the proxy uses it too.

const BASE = "http://trialboard.invalid";

export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}`;
  // Checked again once normalised: "/.//evil.example" and "/%2e//evil.example" resolve to "//evil.example".
  if (url.origin !== BASE || path.startsWith("//") || path.includes("\\") || url.pathname === "/login" || url.pathname.startsWith("/login/")) return "/";
  return path;
}

/** The sign-in page's address for a visitor who asked for `path` (home needs no return address). */
export function loginPathFor(path: string): string {
  const back = safeReturnPath(path);
  return back === "/" ? "/login" : `/login?next=${encodeURIComponent(back)}`;
}
