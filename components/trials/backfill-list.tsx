"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { StageBadge } from "@/components/ui/status-badges";
import { toast } from "@/components/ui/toaster";
import type { ServerAction } from "@/lib/action-types";
import type { Stage } from "@/lib/domain";

export type RunnerUpRow = { applicationId: number; version: number; candidateName: string; stage: Stage; score: string; canMoveBack: boolean };
type BackfillAction = ServerAction<{ trialId: number; applicationId: number; applicationVersion: number }>;

/** The role's runners-up after an ended trial, each one click from being back in Client interview. */
export function BackfillList({ trialId, rows, action }: { trialId: number; rows: RunnerUpRow[]; action: BackfillAction }) {
  const router = useRouter();
  const [busy, setBusy] = useState<number | null>(null);
  const [, startTransition] = useTransition();
  const moveBack = (row: RunnerUpRow) => {
    setBusy(row.applicationId);
    startTransition(async () => {
      const result = await action(null, { trialId, applicationId: row.applicationId, applicationVersion: row.version });
      setBusy(null);
      if (result.ok) {
        toast.success(result.message ?? "Moved back.");
        router.refresh();
      } else toast.error(result.message);
    });
  };
  // A list, not a table: it sits in the page's side column, where four columns and a button would
  // need a sideways scroll. Each runner-up is one line of facts with its button under or beside it.
  return (
    <ul aria-label="Runners-up" className="divide-y divide-line rounded-md border border-line">
      {rows.map((r) => (
        <li key={r.applicationId} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 px-3 py-2.5">
          <div className="min-w-0">
            <p className="font-medium text-fg">{r.candidateName}</p>
            <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-muted">
              <StageBadge stage={r.stage} />
              <span className="tabular-nums">{r.score}</span>
            </p>
          </div>
          {r.canMoveBack ? (
            <Button
              size="sm"
              variant="secondary"
              pending={busy !== null}
              onClick={() => moveBack(r)}
              aria-label={`Move back to Client interview: ${r.candidateName}`}
            >
              Move back
            </Button>
          ) : (
            <span className="text-xs text-muted">In the pipeline</span>
          )}
        </li>
      ))}
    </ul>
  );
}
