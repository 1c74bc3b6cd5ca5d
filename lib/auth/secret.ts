import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Plain module: called by the serve script before the app starts.

/** The AUTH_SECRET to use: the configured one, or one generated once and kept (0600) in the data folder. */
export function ensureAuthSecret(configured: string | undefined, dataDir: string): { secret: string; source: string } {
  if (configured) return { secret: configured, source: "AUTH_SECRET" };
  const file = path.join(dataDir, "auth-secret");
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  fs.chmodSync(file, 0o600);
  return { secret: fs.readFileSync(file, "utf8").trim(), source: file };
}
