"use client";

import { useEffect } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { toast } from "./toaster";

// A save that ends on another page (a server action's redirect: creating or editing a candidate or
// a role) says so there: the redirect carries `?saved=<what>`, this toasts the matching words and
// takes the parameter out of the address, so a reload or a shared link does not say it again.
// Only these words can be shown: the parameter picks one, it never carries text.
const messages: Record<string, string> = {
  "candidate-added": "Candidate added.",
  "candidate-saved": "Candidate saved.",
  "role-created": "Role created.",
  "role-saved": "Role saved.",
};

export function SavedNotice() {
  const params = useSearchParams();
  const pathname = usePathname();
  const router = useRouter();
  const saved = params.get("saved");
  useEffect(() => {
    if (!saved) return;
    if (messages[saved]) toast.success(messages[saved]);
    const rest = new URLSearchParams(params);
    rest.delete("saved");
    router.replace(rest.size ? `${pathname}?${rest}` : pathname, { scroll: false });
  }, [saved, params, pathname, router]);
  return null;
}
