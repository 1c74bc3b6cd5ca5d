import { z } from "zod";
// From the plain lists: the set-password dialog (a client component) imports this module.
import { userKinds, type UserKind } from "@/db/schema/values";
import { passwordSchema, PASSWORDS_DIFFER, samePasswords } from "@/lib/auth/password";
import {
  blankToUndefined,
  emailSchema,
  idSchema,
  optionalText,
  pageSchema,
  pickedIdSchema,
  searchTextSchema,
  singleLineText,
  versionSchema,
} from "@/lib/validation";

export const AGENCY_KINDS: readonly UserKind[] = ["admin", "recruiter"];
export const CLIENT_KINDS: readonly UserKind[] = ["hiring_manager", "client_viewer"];
export const isAgencyKind = (kind: UserKind) => AGENCY_KINDS.includes(kind);

/** Filters of /settings/users, read from the URL (bad values are ignored rather than failing the page). */
export const userFiltersSchema = z.object({
  /** Words the user's name, email or company contain (each of them, in any order). */
  q: searchTextSchema,
  kind: z.enum(userKinds).optional().catch(undefined),
  status: z.enum(["active", "deactivated"]).optional().catch(undefined),
  page: z.preprocess(blankToUndefined, pageSchema.optional()).catch(undefined),
});
export type UserFilters = z.infer<typeof userFiltersSchema>;

const name = singleLineText({ max: 120, tooLong: "Name is too long", required: "Enter a name" });

/**
 * The admin's form. Agency users get a password typed by the admin; client users never do: they
 * set their own through a one-time link, so a password sent for them is ignored.
 */
export const createUserSchema = z
  .object({
    name,
    email: emailSchema,
    title: optionalText(120, "Title"),
    kind: z.enum(userKinds, { error: "Choose a kind of user" }),
    organizationId: pickedIdSchema("Choose a client"),
    password: z.string().max(1024).optional(),
    passwordConfirm: z.string().max(1024).optional(),
  })
  .superRefine((input, ctx) => {
    if (!isAgencyKind(input.kind)) return;
    const password = passwordSchema.safeParse(input.password ?? "");
    if (!password.success) ctx.addIssue({ code: "custom", path: ["password"], message: password.error.issues[0].message });
    else if (!samePasswords(input)) ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: PASSWORDS_DIFFER });
  });
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** A recruiter's form on the client page: a hiring manager or a client viewer of that client, never an agency user. */
export const createClientUserSchema = z.object({
  name,
  email: emailSchema,
  title: optionalText(120, "Title"),
  kind: z
    .enum(userKinds, { error: "Choose a kind of user" })
    .refine((k) => CLIENT_KINDS.includes(k), "A client's people are hiring managers or client viewers; agency users are added by an admin"),
  organizationId: pickedIdSchema("Choose a company"),
});
export type CreateClientUserInput = z.infer<typeof createClientUserSchema>;

export const setActiveSchema = z.object({ userId: idSchema, version: versionSchema });
export const passwordLinkSchema = z.object({ userId: idSchema });
/** A password typed by an admin is typed twice, as a user's own is: a typo would lock the user out. */
export const resetPasswordSchema = z
  .object({ userId: idSchema, version: versionSchema, password: passwordSchema, passwordConfirm: z.string().max(1024) })
  .refine(samePasswords, { path: ["passwordConfirm"], message: PASSWORDS_DIFFER });

/** A set-password link as the dialog shows it, once, to whoever issued it. */
export type ShownLink = { userId: number; name: string; link: string; expiresAt: number };

/**
 * Correcting a user: name, email (how they sign in), title, and for agency users their kind
 * (recruiter or admin). A client user's kind is not changed here: a hiring manager may be an
 * interviewer or a trial's buddy, which a viewer cannot be; add them again as the other kind.
 */
export const editUserSchema = z.object({
  userId: idSchema,
  version: versionSchema,
  name,
  email: emailSchema,
  title: optionalText(120, "Title"),
  kind: z.enum(userKinds, { error: "Choose a kind of user" }).optional(),
});
export type EditUserInput = z.infer<typeof editUserSchema>;
