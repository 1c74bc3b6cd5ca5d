"use client";

import { useSoftNavigation } from "@/components/ui/soft-navigation";
import type { Stage } from "@/lib/domain";
import { StageBadge } from "@/components/ui/status-badges";

/** One role a candidate is on, as the page sends it. */
export type CandidateRole = { id: number; roleId: number; roleTitle: string; clientName: string; stage: Stage; days: number };

// A client component on purpose, like the roles table: the page sends plain rows instead of an
// element tree per row. A candidate in demand is on a dozen roles or more.
export function CandidateRoles({ rows }: { rows: CandidateRole[] }) {
  const navigate = useSoftNavigation();
  if (rows.length === 0) return <p className="text-sm text-slate-500">Not on any role yet. Add them from a role&apos;s page.</p>;
  return (
    <ul className="rows" onClick={navigate}>
      {rows.map(({ id, roleId, roleTitle, clientName, stage, days }) => (
        <li key={id}>
          <div>
            <a href={`/roles/${roleId}`}>{roleTitle}</a>
            <p>{clientName}</p>
          </div>
          <div className="end">
            <StageBadge stage={stage} />
            <p>{`${days} ${days === 1 ? "day" : "days"} in stage`}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
