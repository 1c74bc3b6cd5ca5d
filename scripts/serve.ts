// Starts Trialboard: validates settings, prepares the secret and the database (migrate, seed the
// demo on first start), then serves the built app. `--dev` serves with Next's dev server instead.
// WORKERS=N (N > 1) serves with N processes (Node's cluster module) on one port and one database:
// the primary prepares the secret and the database once, forks the workers, restarts any that
// dies, and owns the WAL checkpoints; each worker only serves.
import cluster from "node:cluster";
import http from "node:http";
import { parseSettings, SettingsError, type Settings } from "../lib/config";
import { ensureAuthSecret } from "../lib/auth/secret";
import { prepareDatabase } from "../db/seed/prepare";
import { checkpointWal } from "../db/checkpoint";
import { db } from "../lib/db";

const dev = process.argv.includes("--dev");
const UNTRUSTED_FORWARDED = ["forwarded", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];
/** How often the primary checkpoints the WAL (PASSIVE, or TRUNCATE past WAL_CHECKPOINT_MB). */
const CHECKPOINT_EVERY_MS = 2000;
/** A worker that dies sooner than this after it started is restarted after a pause, not at once. */
const EARLY_DEATH_MS = 10_000;
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
  if (cluster.isWorker) return serve(settings, { worker: true });
  if (dev && settings.workers > 1) console.log(`WORKERS=${settings.workers} is ignored with --dev: the dev server runs as one process.`);

  const { secret, source } = ensureAuthSecret(settings.authSecret, settings.dataDir);
  // Workers inherit the environment, so they all sign and read sessions with this one secret.
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

  if (settings.workers > 1 && !dev) return supervise(settings);
  return serve(settings, { worker: false });
}

async function serve(settings: Settings, { worker }: { worker: boolean }) {
  // The worker's one connection (lib/db.ts keeps it on globalThis, so the app's code in this
  // process uses it too). The primary owns checkpoints; this process never runs one in a request.
  if (worker) db().$client.pragma("wal_autocheckpoint = 0");
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
  // In a worker, listen() is shared through the primary: every worker accepts on the same port.
  server.listen(settings.port, () => {
    if (worker) console.log(`Worker ${cluster.worker?.id} (pid ${process.pid}) is serving.`);
    else console.log(`Trialboard is ready at http://localhost:${settings.port}`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** The cluster's primary: forks the workers, keeps their number up, checkpoints the WAL. */
function supervise(settings: Settings) {
  let stopping = false;
  const started = new Map<number, number>();
  const fork = () => {
    const worker = cluster.fork();
    started.set(worker.id, Date.now());
  };
  let ready = 0;
  cluster.on("listening", () => {
    if (++ready === settings.workers) console.log(`Trialboard is ready at http://localhost:${settings.port} (${settings.workers} worker processes)`);
  });
  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (started.get(worker.id) ?? 0);
    started.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) finish();
      return;
    }
    const delay = lived < EARLY_DEATH_MS ? 2000 : 0;
    console.error(
      `Worker ${worker.id} (pid ${worker.process.pid}) died (${signal ?? `exit code ${code}`}); starting another${delay ? ` in ${delay / 1000} s` : ""}.`,
    );
    setTimeout(() => !stopping && fork(), delay);
  });
  for (let i = 0; i < settings.workers; i++) fork();

  // This process's connection (opened by prepareDatabase) serves no requests: it checkpoints.
  const connection = db().$client;
  const timer = setInterval(() => {
    try {
      const outcome = checkpointWal(connection, settings.databasePath, settings.walCheckpointBytes);
      if (outcome.mode === "truncate") {
        const mb = (outcome.walBytes / 1024 / 1024).toFixed(0);
        console.log(outcome.busy ? `WAL at ${mb} MB: readers kept it from being truncated; trying again.` : `WAL at ${mb} MB: checkpointed and truncated.`);
      }
    } catch (error) {
      console.error("WAL checkpoint failed:", error);
    }
  }, CHECKPOINT_EVERY_MS);

  function finish() {
    clearInterval(timer);
    // A last full checkpoint leaves the database file complete on its own (the WAL empty).
    checkpointWal(connection, settings.databasePath, 0);
    connection.close();
    process.exit(0);
  }
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) return finish();
    for (const worker of alive) worker?.process.kill("SIGTERM");
    // Workers close once their open connections end; a kept-alive browser must not hold the stop up.
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
    }, 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error) => {
  console.error("Trialboard failed to start:", error);
  process.exit(1);
});
