"use server";

import { z } from "zod";
import { action, ok } from "@/lib/action";
import { signOut } from "@/lib/auth";
import { revokeCurrentSession } from "@/lib/auth/sign-out";

export const signOutAction = action("auth:sign-out", "session:sign-out", z.object({}), async (_input, ctx) => {
  revokeCurrentSession(ctx);
  await signOut({ redirectTo: "/login" });
  return ok();
});
