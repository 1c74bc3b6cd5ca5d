import { useEffect, type RefObject } from "react";

/**
 * After a submit that failed its checks, moves focus to the first field with an error, which
 * scrolls it into view: in a long form or dialog the message may be above what is on screen, and
 * a click that seems to do nothing is worse than a refusal. Errors that sit on no field (a group of
 * checkboxes) are scrolled to instead.
 */
export function useFocusFirstError(errors: Record<string, string | undefined>, form: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!Object.values(errors).some(Boolean) || !form.current) return;
    // The first in the form's order: a field, or a message on a group (a fieldset of checkboxes).
    const first = form.current.querySelector<HTMLElement>('[aria-invalid="true"], [id$="-error"]');
    if (first?.matches('[aria-invalid="true"]')) first.focus();
    else first?.scrollIntoView({ block: "nearest" });
  }, [errors, form]);
}
