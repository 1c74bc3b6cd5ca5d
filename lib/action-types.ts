// Result types of server actions, shared with client components (no server code here).

export type FieldErrors = Record<string, string>;
/** What the form typed, echoed back so a failed form is not emptied (passwords never are). */
export type SubmittedValues = Record<string, string>;

/** A page to go to about an action's answer (a success's new record, a refusal's clashing one). */
export type ActionLink = { href: string; label: string };

export type ActionResult<T = unknown> =
  /** `link`: where to see what was done, offered with the success toast (a new record off the list's page). */
  | { ok: true; message?: string; data?: T; link?: ActionLink }
  | {
      ok: false;
      message: string;
      fieldErrors: FieldErrors;
      values: SubmittedValues;
      conflict?: boolean;
      ref?: string;
      /** Where to go about it, e.g. the existing record a duplicate clashes with. */
      link?: ActionLink;
    };
export type ActionState<T = unknown> = ActionResult<T> | null;
/** A refused action: its message, field errors and the values to refill the form with. */
export type ActionFailure = Extract<ActionResult, { ok: false }>;

/**
 * A server action as client components receive it, typed from its zod schema's input: called with
 * (previous state, input) by useActionState and by code, or with a form's FormData.
 */
export type ServerAction<Input, T = unknown> = (prev: unknown, input?: Input | FormData) => Promise<ActionResult<T>>;
