import Link from "next/link";
import type { ActionState } from "@/lib/action-types";

/**
 * A form's failure, above its fields: named so tests and screen readers can find it. Successes are
 * told in a toast by useFormAction.
 */
export function FormMessage({ state, name = "Form status" }: { state: ActionState; name?: string }) {
  if (!state || state.ok) return null;
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
