"use client";

import { useRouter } from "next/navigation";
import { useRef, useTransition } from "react";
import { Combobox, type LookupChoice } from "@/components/ui/combobox";
import { toast } from "@/components/ui/toaster";
import type { ServerAction } from "@/lib/action-types";
import type { AddToRoleRequest } from "@/lib/pipeline/schemas";

type AddAction = ServerAction<AddToRoleRequest>;

/** Finds a candidate by name, title or skill and puts them on the role at Sourced; `/` focuses it. */
export function AddCandidate({ roleId, addAction }: { roleId: number; addAction: AddAction }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  // The last outcome only: a new one dismisses it.
  const last = useRef<string | number | null>(null);

  const add = (choice: LookupChoice | null) => {
    if (!choice) return;
    startTransition(async () => {
      const result = await addAction(null, { roleId, candidateId: choice.id });
      if (last.current !== null) toast.dismiss(last.current);
      last.current = result.ok ? toast.success(result.message ?? `Added ${choice.name}.`) : toast.error(result.message);
      if (result.ok) router.refresh();
    });
  };

  return (
    <Combobox
      label="Add a candidate to this role"
      // With the role: those already on it are marked with their stage, not offered.
      endpoint={`/api/candidates/lookup?role=${roleId}`}
      onChoose={add}
      clearOnChoose
      minLength={2}
      shortcut="search"
      placeholder="Name, title or skill  ( / )"
      className="w-full sm:w-80"
    />
  );
}
