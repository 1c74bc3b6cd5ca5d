import type { Db } from "@/db/client";
import { db } from "@/lib/db";
import { settings } from "@/lib/config";
import { candidatesPastRetention, eraseForRetention, monthsBefore } from "./retention";

// Plain module: started from instrumentation.ts's register(), once per server process.

const DAY_MS = 24 * 60 * 60 * 1000;
const holder = globalThis as unknown as { __trialboardRetention?: NodeJS.Timeout | "off" };

/**
 * One run, a candidate per transaction, yielding to the event loop between them: a first run that
 * finds thousands of candidates (the setting just turned on) must not stall the requests meanwhile.
 */
export async function runRetentionYielding(database: Db, { now, months }: { now: Date; months: number }): Promise<number> {
  const cutoff = monthsBefore(now, months);
  let erased = 0;
  for (const id of candidatesPastRetention(database, cutoff)) {
    if (eraseForRetention(database, id, { now, months, cutoff })) erased++;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return erased;
}

async function runNow(months: number): Promise<void> {
  try {
    const erased = await runRetentionYielding(db(), { now: new Date(), months });
    if (erased) console.log(`Retention: erased the personal data of ${erased} candidate(s) whose applications ended ${months}+ months ago.`);
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
  void runNow(months);
  holder.__trialboardRetention = setInterval(() => void runNow(months), DAY_MS);
  holder.__trialboardRetention.unref();
}
