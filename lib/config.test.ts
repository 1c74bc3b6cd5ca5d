import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSettings, SettingsError } from "./config";

describe("settings", () => {
  it("has working defaults", () => {
    const s = parseSettings({});
    expect(s.databasePath).toBe(path.resolve("./data/trialboard.db"));
    expect(s.uploadDir).toBe(path.resolve("./data/uploads"));
    expect(s.port).toBe(3000);
    expect(s.seedDemo).toBe(true);
    expect(s.authSecret).toBeUndefined();
    expect(s.trustProxy).toBe(false);
  });

  it("reads every variable", () => {
    const s = parseSettings({
      DATABASE_PATH: "/tmp/x/app.db",
      PORT: "4100",
      SEED_DEMO: "false",
      AUTH_SECRET: "s".repeat(32),
      TRUST_PROXY: "true",
      UPLOAD_DIR: "/tmp/up",
    });
    expect(s).toMatchObject({ databasePath: "/tmp/x/app.db", dataDir: "/tmp/x", port: 4100, seedDemo: false, trustProxy: true, uploadDir: "/tmp/up" });
  });

  it("takes a first admin only with both email and password", () => {
    expect(parseSettings({ ADMIN_EMAIL: "Boss@Agency.test", ADMIN_PASSWORD: "long-enough-password" }).bootstrapAdmin).toEqual({
      email: "boss@agency.test",
      password: "long-enough-password",
      agencyName: "Agency",
    });
    expect(() => parseSettings({ ADMIN_EMAIL: "boss@agency.test" })).toThrow("ADMIN_PASSWORD: set ADMIN_EMAIL and ADMIN_PASSWORD together");
    expect(() => parseSettings({ ADMIN_EMAIL: "nope", ADMIN_PASSWORD: "long-enough-password" })).toThrow("ADMIN_EMAIL: must be an email address");
  });

  it("ends idle sessions after 2 hours and keeps candidates' data by default", () => {
    expect(parseSettings({})).toMatchObject({ sessionIdleMinutes: 120, retentionRejectedMonths: null });
    expect(parseSettings({ SESSION_IDLE_MINUTES: "30", RETENTION_REJECTED_MONTHS: "24" })).toMatchObject({
      sessionIdleMinutes: 30,
      retentionRejectedMonths: 24,
    });
  });

  it("treats an empty variable as unset", () => {
    expect(parseSettings({ PORT: "", SEED_DEMO: "" })).toMatchObject({ port: 3000, seedDemo: true });
  });

  it.each([
    [{ PORT: "http" }, "PORT: must be a port number"],
    [{ PORT: "70000" }, "PORT"],
    [{ SEED_DEMO: "maybe" }, 'SEED_DEMO: must be "true" or "false"'],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET: must be at least 32 characters"],
    [{ SESSION_IDLE_MINUTES: "2" }, "SESSION_IDLE_MINUTES: must be at least 5 minutes"],
    [{ SESSION_IDLE_MINUTES: "800" }, "SESSION_IDLE_MINUTES: must be at most 720 minutes"],
    [{ RETENTION_REJECTED_MONTHS: "1.5" }, "RETENTION_REJECTED_MONTHS: must be a whole number of months"],
    [{ RETENTION_REJECTED_MONTHS: "0" }, "RETENTION_REJECTED_MONTHS: must be at least 1 month"],
  ])("rejects %j naming the variable", (env, message) => {
    expect(() => parseSettings(env)).toThrow(SettingsError);
    expect(() => parseSettings(env)).toThrow(message);
  });
});
