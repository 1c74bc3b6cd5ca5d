// @ts-check
/** Static security headers for every response; the nonce-based CSP is set per request in proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  // 11 MB: a 10 MB résumé plus the form's other fields (REQUEST_BODY_MAX_BYTES in
  // lib/candidates/resume-limits.ts). Both limits must match: Next cuts a body longer than
  // proxyClientMaxBodySize before the action reads it ("Unexpected end of form", a 500), so a
  // résumé just over 10 MB must fit both to reach our "at most 10 MB" check; proxy.ts answers 413
  // to anything declared longer.
  experimental: { serverActions: { bodySizeLimit: "11mb" }, proxyClientMaxBodySize: "11mb" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
