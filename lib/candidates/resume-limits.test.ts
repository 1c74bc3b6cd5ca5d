import { describe, expect, it } from "vitest";
// @ts-expect-error -- next.config.js is plain JavaScript (type-checked through its JSDoc).
import nextConfig from "@/next.config.js";
import { REQUEST_BODY_MAX_BYTES, RESUME_MAX_BYTES } from "./resume-limits";

const MB = 1024 * 1024;
const bytes = (v: string | number | undefined) => (typeof v === "string" ? Number(/^(\d+)mb$/.exec(v)![1]) * MB : v);

describe("request body limits", () => {
  it("let a 10 MB résumé and its form through, and match between server actions and the proxy", () => {
    const experimental = nextConfig.experimental as { serverActions: { bodySizeLimit: string }; proxyClientMaxBodySize: string };
    expect(REQUEST_BODY_MAX_BYTES).toBeGreaterThan(RESUME_MAX_BYTES + 64 * 1024);
    expect(bytes(experimental.serverActions.bodySizeLimit)).toBe(REQUEST_BODY_MAX_BYTES);
    // Below this, Next cuts an upload short before the action runs and the user gets an error page.
    expect(bytes(experimental.proxyClientMaxBodySize)).toBe(REQUEST_BODY_MAX_BYTES);
  });
});
