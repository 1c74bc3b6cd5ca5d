import type { Instrumentation } from "next";

/** Once per server process, before the first request: the daily jobs (the retention rule). */
export async function register() {
  // The Node.js server only: the jobs use SQLite and the file system.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startRetentionSchedule } = await import("./lib/privacy/schedule");
  startRetentionSchedule();
}

/** Logs every unexpected server error once, with the same reference id the error page shows. */
export const onRequestError: Instrumentation.onRequestError = async (error, request) => {
  const err = error as Error & { digest?: string };
  console.error(`[error ref=${err.digest ?? "none"}] ${request.method} ${request.path}\n${err.stack ?? err.message}`);
};
