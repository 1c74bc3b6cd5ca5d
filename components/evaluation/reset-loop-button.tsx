"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

/** "Reset to template", confirmed in a dialog: the role's plan, weights and checklist become the template's current ones. */
export function ResetLoopButton({
  roleId,
  version,
  templateLabel,
  rescore,
  action,
}: {
  roleId: number;
  version: number;
  templateLabel: string;
  rescore: string;
  action: FormAction;
}) {
  // Open for the version it was opened at: a successful reset bumps the version, which closes it.
  const [openAt, setOpenAt] = useState<number | null>(null);
  const { formAction, pending } = useFormAction(action, { failures: "toast" });
  return (
    <Dialog open={openAt === version} onOpenChange={(open) => setOpenAt(open ? version : null)}>
      <DialogTrigger asChild>
        <Button variant="secondary">Reset to template</Button>
      </DialogTrigger>
      <DialogContent
        title={`Reset to the ${templateLabel} template?`}
        description={`This role's interview plan, weights and checklist are replaced by the template's current ones. ${rescore}`}
      >
        <form action={formAction}>
          <input type="hidden" name="roleId" value={roleId} />
          <input type="hidden" name="version" value={version} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" variant="danger" pending={pending}>
              {pending ? "Resetting…" : "Reset"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
