"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { fail, publicAction } from "@/lib/action";
import { signIn } from "@/lib/auth";
import { safeReturnPath } from "@/lib/auth/return-to";
import { singleLineText } from "@/lib/validation";

const signInSchema = z.object({
  email: singleLineText({ max: 254, tooLong: "Email is too long", required: "Enter your email" }),
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(1024, "Password is too long"),
  // Checked again here: the form's value is only a request.
  next: z.unknown().transform(safeReturnPath),
});

export const signInWithPassword = publicAction("auth:sign-in", signInSchema, async ({ email, password, next }) => {
  try {
    await signIn("credentials", { email, password, redirectTo: next });
  } catch (error) {
    if (error instanceof AuthError) {
      if ((error as AuthError & { code?: string }).code === "locked") {
        return fail("Too many failed sign-in attempts. Sign-in is locked for 15 minutes; try again later.");
      }
      return fail("Invalid email or password");
    }
    throw error;
  }
  return fail("Invalid email or password");
});
