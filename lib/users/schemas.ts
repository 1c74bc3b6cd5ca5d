import { z } from "zod";
import { userKinds } from "@/db/schema";
import { passwordSchema } from "@/lib/auth/password";
import { emailSchema, idSchema, optionalText, singleLineText, versionSchema } from "@/lib/validation";

export const createUserSchema = z.object({
  name: singleLineText({ max: 120, tooLong: "Name is too long", required: "Enter a name" }),
  email: emailSchema,
  title: optionalText(120, "Title"),
  kind: z.enum(userKinds, { error: "Choose a kind of user" }),
  organizationId: idSchema.refine(Boolean, "Choose a company"),
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const setActiveSchema = z.object({ userId: idSchema, version: versionSchema });
export const resetPasswordSchema = z.object({ userId: idSchema, version: versionSchema, password: passwordSchema });
