"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { StageBadge } from "@/components/ui/status-badges";
import { Table, TBody, TD, TH, THead } from "@/components/ui/table";
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
  return (
    <Table label="Runners-up">
      <THead>
        <TH>Candidate</TH>
        <TH>Stage</TH>
        <TH>Score</TH>
        <TH>
          <span className="sr-only">Action</span>
        </TH>
      </THead>
      <TBody>
        {rows.map((r) => (
          <tr key={r.applicationId}>
            <TD>{r.candidateName}</TD>
            <TD>
              <StageBadge stage={r.stage} />
            </TD>
            <TD className="tabular-nums">{r.score}</TD>
            <TD className="text-right">
              {r.canMoveBack ? (
                <Button
                  size="sm"
                  variant="secondary"
                  pending={busy !== null}
                  onClick={() => moveBack(r)}
                  aria-label={`Move back to Client interview: ${r.candidateName}`}
                >
                  Move back to Client interview
                </Button>
              ) : (
                <span className="text-xs text-muted">In the pipeline</span>
              )}
            </TD>
          </tr>
        ))}
      </TBody>
    </Table>
  );
}
