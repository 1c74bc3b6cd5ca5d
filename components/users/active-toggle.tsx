"use client";

import { Button } from "@/components/ui/button";

type Props = {
  user: { id: number; name: string; active: boolean; version: number };
  formAction: (data: FormData) => void;
  pending: boolean;
};

/** Deactivate or reactivate one user (version-checked), the same on an agency user's row and a client user's. */
export function ActiveToggle({ user, formAction, pending }: Props) {
  return (
    <form action={formAction}>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <Button
        type="submit"
        size="sm"
        variant={user.active ? "danger" : "secondary"}
        pending={pending}
        aria-label={`${user.active ? "Deactivate" : "Reactivate"} ${user.name}`}
      >
        {user.active ? "Deactivate" : "Reactivate"}
      </Button>
    </form>
  );
}
