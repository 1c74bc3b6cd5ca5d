"use client";

// A client component on purpose, like the roles table: its props are plain data, so the page
// sends them once instead of a serialized element tree per item.
import Link from "next/link";
import { StageBadge } from "@/components/ui/status-badges";
import type { FormAction } from "@/components/ui/use-form-action";
import type { Stage } from "@/lib/domain";
import { ResumeSharing } from "./resume-sharing";

/** One role a candidate is on, as the page sends it (times already in the viewer's zone). */
export type CandidateRole = {
  id: number;
  roleId: number;
  roleTitle: string;
  clientName: string;
  stage: Stage;
  /** "4 days in stage", or for an exit when it happened ("Rejected on 3 Nov 2026") and, for the agency, why. */
  status: string;
  version: number;
  /** The agency's résumé-sharing switch for this application; absent for those who may not change it. */
  resumeShared?: boolean;
  /** "3 of 5 interviews done, 1 scorecard due", once the loop has started. */
  progress?: string;
  /** "2 red flags: Blames others (Riley Chen); …", for those who see them. */
  redFlags?: string;
  /** Whether the viewer may open the application's interviews and evaluation. */
  evaluation?: boolean;
};

export function CandidateRoles({ rows, shareAction }: { rows: CandidateRole[]; shareAction?: FormAction }) {
  if (rows.length === 0) return <p className="text-sm text-muted">Not on any role yet. Add them from a role&apos;s page.</p>;
  return (
    <ul className="divide-y divide-line">
      {rows.map((r) => (
        // From a tablet up, two columns that keep their places (the stage stays on the right however
        // long the role's lines run); on a phone the stage goes under them, with the width they need.
        <li key={r.id} className="grid items-start gap-x-4 gap-y-1 py-2.5 first:pt-0 last:pb-0 sm:grid-cols-[minmax(0,1fr)_auto]">
          <div className="min-w-0">
            <Link href={`/roles/${r.roleId}`} prefetch={false} className="text-sm font-medium text-accent-text hover:underline">
              {r.roleTitle}
            </Link>
            <p className="text-xs text-muted">{r.clientName}</p>
            {r.progress ? <p className="text-xs text-muted">{r.progress}</p> : null}
            {r.redFlags ? <p className="text-xs text-danger">{r.redFlags}</p> : null}
            {r.evaluation ? (
              // Named with role and client: a candidate can be on two roles with the same title.
              <Link
                href={`/applications/${r.id}`}
                prefetch={false}
                aria-label={`Interviews and evaluation: ${r.roleTitle}, ${r.clientName}`}
                className="text-xs font-medium text-accent-text underline underline-offset-2"
              >
                Interviews and evaluation
              </Link>
            ) : null}
            {shareAction && r.resumeShared !== undefined ? (
              <ResumeSharing action={shareAction} applicationId={r.id} version={r.version} shared={r.resumeShared} clientName={r.clientName} />
            ) : null}
          </div>
          <div className="sm:text-right">
            <StageBadge stage={r.stage} />
            <p className="mt-0.5 text-xs text-muted">{r.status}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
