// Starts Trialboard: validates settings, prepares the secret and the database (migrate, seed the
// demo on first start), then serves the built app. `--dev` serves with Next's dev server instead.
import http from "node:http";
import { parseSettings, SettingsError } from "../lib/config";
import { ensureAuthSecret } from "../lib/auth/secret";
import { prepareDatabase } from "../db/seed/prepare";

const dev = process.argv.includes("--dev");
const UNTRUSTED_FORWARDED = ["forwarded", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];
(process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";

async function main() {
  let settings;
  try {
    settings = parseSettings(process.env);
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(`Trialboard cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  const { secret, source } = ensureAuthSecret(settings.authSecret, settings.dataDir);
  process.env.AUTH_SECRET = secret;
  console.log(`Auth secret: ${source}`);

  const prepared = await prepareDatabase(settings);
  console.log(`Database: ${settings.databasePath} (${prepared.migrated})`);
  if (prepared.seeded) {
    const { roles, candidates, applications } = prepared.seeded.counts;
    console.log(`Seeded the demo agency: ${roles} roles, ${candidates} candidates, ${applications} applications.`);
    console.log("Demo sign-ins (password: trialboard-demo):");
    for (const login of prepared.seeded.logins) console.log(`  ${login.email.padEnd(26)} ${login.label}`);
  }

  const { default: next } = await import("next");
  const app = next({ dev, hostname: "localhost", port: settings.port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((req, res) => {
    if (!settings.trustProxy) {
      // Throttling and the audit log key on the caller's address: only a trusted proxy may supply it.
      req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
      // Auth.js builds redirects and picks Secure cookies from these; Next then fills them from
      // the real Host header and connection, as it does when no proxy is in front.
      for (const name of UNTRUSTED_FORWARDED) delete req.headers[name];
    }
    void handle(req, res);
  });
  server.listen(settings.port, () => {
    console.log(`Trialboard is ready at http://localhost:${settings.port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error("Trialboard failed to start:", error);
  process.exit(1);
});
