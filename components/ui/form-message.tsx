import Link from "next/link";
import type { ActionState } from "@/lib/action-types";

/** The form-level outcome of an action: named so tests and screen readers can find it. */
export function FormMessage({ state, name = "Form status" }: { state: ActionState; name?: string }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" aria-label={name} className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        {state.message}
      </p>
    ) : null;
  }
  return (
    <p role="alert" aria-label={name} className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
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
