import { eq } from "drizzle-orm";
import { db } from "@/lib/db";
import { candidates } from "@/db/schema";

// Plain module: the candidate commands and pages ask it after their own scoped load.

export const ERASED_MESSAGE = "This candidate's personal data was erased; the record can no longer be changed.";

/** When the candidate's personal data was erased, or null. Call it after a viewer-scoped load. */
export function erasedAt(candidateId: number): Date | null {
  return db().select({ erasedAt: candidates.erasedAt }).from(candidates).where(eq(candidates.id, candidateId)).get()?.erasedAt ?? null;
}
