import { db } from "@/lib/db";
import { settings } from "@/lib/config";
import { runRetention } from "./retention";

// Plain module: started from instrumentation.ts's register(), once per server process.

const DAY_MS = 24 * 60 * 60 * 1000;
const holder = globalThis as unknown as { __trialboardRetention?: NodeJS.Timeout | "off" };

function runNow(months: number): void {
  try {
    const { erased } = runRetention(db(), { now: new Date(), months });
    if (erased.length) console.log(`Retention: erased the personal data of ${erased.length} candidate(s) whose applications ended ${months}+ months ago.`);
  } catch (error) {
    // A failed run is retried the next day; the server keeps serving.
    console.error("Retention run failed:", error);
  }
}

/** Runs the retention rule now and then daily, when RETENTION_REJECTED_MONTHS is set. Idempotent. */
export function startRetentionSchedule(): void {
  if (holder.__trialboardRetention) return;
  const months = settings().retentionRejectedMonths;
  if (!months) {
    holder.__trialboardRetention = "off";
    return;
  }
  runNow(months);
  holder.__trialboardRetention = setInterval(() => runNow(months), DAY_MS);
  holder.__trialboardRetention.unref();
}
