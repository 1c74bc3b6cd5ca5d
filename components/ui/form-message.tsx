import Link from "next/link";
import type { ActionState } from "@/lib/action-types";

/** The form-level outcome of an action: named so tests and screen readers can find it. */
export function FormMessage({ state, name = "Form status" }: { state: ActionState; name?: string }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" aria-label={name} className="rounded-md border border-success/30 bg-success-soft px-3 py-2 text-sm text-success">
        {state.message}
      </p>
    ) : null;
  }
  return (
    <p role="alert" aria-label={name} className="rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-sm text-danger">
      {state.message}
      {state.link ? (
        <>
          {" "}
          <Link href={state.link.href} className="font-medium underline">
            {state.link.label}
          </Link>
        </>
      ) : null}
    </p>
  );
}
