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
  ADMIN_EMAIL: z.email("must be an email address").optional(),
  ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").max(128, "must be at most 128 characters").optional(),
  AGENCY_NAME: z.string().trim().min(1).max(120).default("Agency"),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: "must be a number of minutes" })
    .int("must be a whole number of minutes")
    .min(5, "must be at least 5 minutes")
    .max(720, "must be at most 720 minutes (the 12-hour limit)")
    .default(120),
  RETENTION_REJECTED_MONTHS: z.coerce
    .number({ error: "must be a number of months" })
    .int("must be a whole number of months")
    .min(1, "must be at least 1 month")
    .max(1200, "must be at most 1200 months")
    .optional(),
  WORKERS: z.coerce.number({ error: "must be a whole number of processes" }).int("must be a whole number").min(1).max(64).default(1),
  WAL_CHECKPOINT_MB: z.coerce.number({ error: "must be a size in MB" }).int("must be a whole number").min(1).max(65536).default(64),
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
  /** First admin for a database started empty (SEED_DEMO=false). */
  bootstrapAdmin: { email: string; password: string; agencyName: string } | null;
  /** A session ends after this long without a request (besides the 12-hour limit from sign-in). */
  sessionIdleMinutes: number;
  /** Anonymise candidates whose every application ended this many months ago; null: never. */
  retentionRejectedMonths: number | null;
  /** Server processes sharing the port and the database (Node's cluster); 1 = one plain process. */
  workers: number;
  /** With several workers: the WAL size (bytes) past which the primary truncates it. */
  walCheckpointBytes: number;
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
  const cleaned = Object.fromEntries(Object.keys(settingsSchema.shape).map((k) => [k, env[k] === "" ? undefined : env[k]]));
  const parsed = settingsSchema.safeParse(cleaned);
  if (parsed.success && !!parsed.data.ADMIN_EMAIL !== !!parsed.data.ADMIN_PASSWORD) {
    throw new SettingsError([`${parsed.data.ADMIN_EMAIL ? "ADMIN_PASSWORD" : "ADMIN_EMAIL"}: set ADMIN_EMAIL and ADMIN_PASSWORD together`]);
  }
  if (!parsed.success) {
    throw new SettingsError(parsed.error.issues.map((i) => `${String(i.path[0] ?? "settings")}: ${i.message}`));
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
    bootstrapAdmin: s.ADMIN_EMAIL && s.ADMIN_PASSWORD ? { email: s.ADMIN_EMAIL.toLowerCase(), password: s.ADMIN_PASSWORD, agencyName: s.AGENCY_NAME } : null,
    sessionIdleMinutes: s.SESSION_IDLE_MINUTES,
    retentionRejectedMonths: s.RETENTION_REJECTED_MONTHS ?? null,
    workers: s.WORKERS,
    walCheckpointBytes: s.WAL_CHECKPOINT_MB * 1024 * 1024,
  };
}

let cached: Settings | undefined;
export function settings(): Settings {
  cached ??= parseSettings(process.env);
  return cached;
}
