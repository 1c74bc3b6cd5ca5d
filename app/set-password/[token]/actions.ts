"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fail, publicAction } from "@/lib/action";
import { passwordSchema, PASSWORDS_DIFFER, samePasswords } from "@/lib/auth/password";
import { LINK_UNUSABLE, LINK_LOCKED, setPasswordWithToken } from "@/lib/auth/password-tokens";
import { requestIp } from "@/lib/request";

const setPasswordSchema = z
  .object({
    token: z.string().max(200),
    password: passwordSchema,
    passwordConfirm: z.string().max(1024),
  })
  .refine(samePasswords, { path: ["passwordConfirm"], message: PASSWORDS_DIFFER });

/** Public: whoever holds the link may set the password, once; the token is the credential. */
export const setPasswordAction = publicAction("auth:set-password", setPasswordSchema, async ({ token, password }) => {
  const result = await setPasswordWithToken({ token, password, ip: await requestIp() });
  if (result.status === "invalid") return fail(LINK_UNUSABLE);
  if (result.status === "locked") return fail(LINK_LOCKED);
  redirect("/login?notice=password-set");
});
