"use client";

import { createContext, use, type ReactNode } from "react";

// Who a submission goes to. Kept apart from the submit form (which brings zod and loads only when
// the dialog opens) so the board's own bundle gains only this.
const SubmitTarget = createContext<string | null>(null);

/** Names the role's client for the submit dialog: the role page knows it, the move dialog does not. */
export function SubmitTargetProvider({ client, children }: { client: string; children: ReactNode }) {
  return <SubmitTarget.Provider value={client}>{children}</SubmitTarget.Provider>;
}

/** The client's name, or "the client" where no page named it. */
export function useSubmitTarget(): string {
  return use(SubmitTarget) ?? "the client";
}

/** The submit dialog's title, "Submit Ada Quill to Acme Robotics" (called while the move dialog renders). */
export function useSubmitTitle(names: string[]): string {
  const client = useSubmitTarget();
  return `Submit ${names.length === 1 ? names[0] : `${names.length} candidates`} to ${client}`;
}
