import path from "node:path";
import { z } from "zod";

// Plain module (no "server-only"): the serve script and tests parse settings too.

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: 'must be "true" or "false"' })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const settingsSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DATABASE_PATH: z.string().min(1).default("./data/trialboard.db"),
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535).default(3000),
  SEED_DEMO: flag.default(true),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  UPLOAD_DIR: z.string().min(1).optional(),
  TRUST_PROXY: flag.default(false),
});

export type Settings = {
  nodeEnv: "development" | "production" | "test";
  databasePath: string;
  dataDir: string;
  uploadDir: string;
  port: number;
  seedDemo: boolean;
  authSecret: string | undefined;
  trustProxy: boolean;
};

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SettingsError";
  }
}

/** Parses settings from an environment; throws a SettingsError naming each bad variable. */
export function parseSettings(env: Record<string, string | undefined>): Settings {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(
    Object.keys(settingsSchema.shape).map((k) => [k, env[k] === "" ? undefined : env[k]]),
  );
  const parsed = settingsSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new SettingsError(
      parsed.error.issues.map((i) => `${String(i.path[0] ?? "settings")}: ${i.message}`),
    );
  }
  const s = parsed.data;
  const databasePath = path.resolve(/*turbopackIgnore: true*/ s.DATABASE_PATH);
  const dataDir = path.dirname(databasePath);
  return {
    nodeEnv: s.NODE_ENV,
    databasePath,
    dataDir,
    uploadDir: path.resolve(/*turbopackIgnore: true*/ s.UPLOAD_DIR ?? path.join(dataDir, "uploads")),
    port: s.PORT,
    seedDemo: s.SEED_DEMO,
    authSecret: s.AUTH_SECRET,
    trustProxy: s.TRUST_PROXY,
  };
}

let cached: Settings | undefined;
export function settings(): Settings {
  cached ??= parseSettings(process.env);
  return cached;
}
