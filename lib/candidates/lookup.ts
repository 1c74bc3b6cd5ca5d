import "server-only";
import type { Viewer } from "@/lib/auth/current-user";
import { searchCandidates } from "./queries";

/** One match for a type-ahead picker: the shape every lookup endpoint answers (`components/ui/combobox`). */
export type CandidateChoice = { id: number; name: string; detail?: string };

/**
 * A few matches for the "add to role" picker. The detail is the current title, never the email:
 * a picker's payload is no place for contact details.
 */
export function lookupCandidates(viewer: Viewer, q: string): CandidateChoice[] {
  return searchCandidates(viewer, { q })
    .rows.slice(0, 8)
    .map(({ id, name, currentTitle }) => (currentTitle ? { id, name, detail: currentTitle } : { id, name }));
}
