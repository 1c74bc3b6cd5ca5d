"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionFailure } from "@/lib/action-types";
import type { MoveAction } from "@/components/pipeline/types";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { StartTrialForm } from "./start-trial-form";

type Props = { application: { id: number; version: number; roleId: number; candidateName: string }; moveAction: MoveAction };

/** "Start trial" on an application in Offer: the same form and the same move as from the board. */
export function StartTrialButton({ application, moveAction }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  // The server's refusal, shown in the form (which stays open with what was typed).
  const [refusal, setRefusal] = useState<ActionFailure | null>(null);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        // Not closed while the start is on its way: its answer is said in the form.
        if (!next && pending) return;
        setOpen(next);
        setRefusal(null);
      }}
    >
      {/* The dialog's own trigger: Cancel and Escape give focus back to it. */}
      <DialogTrigger asChild>
        <Button pending={pending}>Start trial</Button>
      </DialogTrigger>
      {open ? (
        <DialogContent title={`Start ${application.candidateName}'s trial`} className="max-w-xl">
          <StartTrialForm
            names={[application.candidateName]}
            applicationIds={[application.id]}
            onCancel={() => !pending && setOpen(false)}
            sending={pending}
            refusal={refusal}
            onConfirm={(input) =>
              startTransition(async () => {
                const result = await moveAction(null, {
                  ...input,
                  roleId: application.roleId,
                  to: "trial",
                  applications: [{ id: application.id, version: application.version }],
                });
                if (result.ok) {
                  setOpen(false);
                  const trialId = result.data?.trialId;
                  toast.success(
                    result.message ?? "Trial started.",
                    trialId === undefined ? {} : { action: { label: "Open trial", onClick: () => router.push(`/trials/${trialId}`) } },
                  );
                  router.refresh();
                } else setRefusal(result);
              })
            }
          />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
