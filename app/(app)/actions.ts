"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action, ok } from "@/lib/action";
import { signOut } from "@/lib/auth";
import { revokeCurrentSession } from "@/lib/auth/sign-out";
import { markClientMovesSeen, markClientMovesSeenSchema } from "@/lib/home/seen";

export const signOutAction = action("auth:sign-out", "session:sign-out", z.object({}), async (_input, ctx) => {
  revokeCurrentSession(ctx);
  await signOut({ redirectTo: "/login" });
  return ok();
});

export const markClientMovesSeenAction = action("home:mark-client-moves-seen", "home:owned-roles", markClientMovesSeenSchema, (input, ctx) => {
  const result = markClientMovesSeen(input, ctx);
  if (result.ok) revalidatePath("/");
  return result;
});
