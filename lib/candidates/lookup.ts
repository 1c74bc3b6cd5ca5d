import "server-only";
import type { Viewer } from "@/lib/auth/current-user";
import { searchCandidates } from "./queries";

/** A few matches for an as-you-type picker. */
export function lookupCandidates(viewer: Viewer, q: string): { id: number; name: string; email: string; currentTitle: string | null }[] {
  return searchCandidates(viewer, { q }).rows.slice(0, 8).map(({ id, name, email, currentTitle }) => ({ id, name, email, currentTitle }));
}
