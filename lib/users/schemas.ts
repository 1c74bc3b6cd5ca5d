import { z } from "zod";
import { userKinds } from "@/db/schema";
import { passwordSchema } from "@/lib/auth/password";

export const idSchema = z.coerce.number({ error: "Missing id" }).int().positive("Missing id");
export const versionSchema = z.coerce.number({ error: "Missing version" }).int().min(1);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "Email is too long")
  .pipe(z.email("Enter a valid email address"));

export const createUserSchema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(120, "Name is too long"),
  email: emailSchema,
  title: z.string().trim().max(120, "Title is too long").optional().default(""),
  kind: z.enum(userKinds, { error: "Choose a kind of user" }),
  organizationId: idSchema.refine(Boolean, "Choose a company"),
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const setActiveSchema = z.object({ userId: idSchema, version: versionSchema });
export const resetPasswordSchema = z.object({ userId: idSchema, version: versionSchema, password: passwordSchema });
