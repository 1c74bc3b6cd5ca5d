import "server-only";
import type { Viewer } from "@/lib/auth/current-user";
import { can } from "@/lib/access";
import { presentTrialRow, type TrialListRow } from "@/lib/trials/present";
import { portalTrials, trialsNeedingAttention } from "@/lib/trials/queries";

// The home page's trial sections, bounded (the page's cost stays flat however many trials there are):
// the agency's trials needing attention; a client's people, their company's trials — current ones
// first with day N of M and their goals, then the latest decided ones.

export const HOME_TRIALS_LIMIT = 8;

export type HomeTrials =
  | { kind: "attention"; rows: TrialListRow[]; total: number; capped: boolean }
  | { kind: "company"; current: TrialListRow[]; currentTotal: number; decided: TrialListRow[]; decidedTotal: number }
  | null;

export function homeTrials(viewer: Viewer, now: Date): HomeTrials {
  if (!can(viewer, "trials:view")) return null;
  if (can(viewer, "clients:view-all")) {
    const { rows, total, capped } = trialsNeedingAttention(viewer, now, HOME_TRIALS_LIMIT);
    return { kind: "attention", rows: rows.map(presentTrialRow), total, capped };
  }
  // A hiring manager's home has other lists too: 8 of each, like them. A client viewer's home is their trials: 20 of each.
  const portal = portalTrials(viewer, now, can(viewer, "roles:view") ? HOME_TRIALS_LIMIT : 20);
  return {
    kind: "company",
    current: portal.current.map(presentTrialRow),
    currentTotal: portal.currentTotal,
    decided: portal.decided.map(presentTrialRow),
    decidedTotal: portal.decidedTotal,
  };
}
