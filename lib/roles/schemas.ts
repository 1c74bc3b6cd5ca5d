import { z } from "zod";
import { roleStatuses, roleTypes } from "@/db/schema";
import { idSchema, versionSchema } from "@/lib/users/schemas";

const optionalId = z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().positive().optional());

/** Filters of /roles, read from the URL (bad values are ignored rather than failing the page). */
export const roleFiltersSchema = z.object({
  client: optionalId.catch(undefined),
  type: z.enum(roleTypes).optional().catch(undefined),
  status: z.enum(roleStatuses).optional().catch(undefined),
  owner: optionalId.catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type RoleFilters = z.infer<typeof roleFiltersSchema>;

export const roleFieldsSchema = z.object({
  title: z.string().trim().min(1, "Enter a title").max(120, "Title is too long"),
  clientId: z.coerce.number({ error: "Choose a client" }).int().positive("Choose a client"),
  type: z.enum(roleTypes, { error: "Choose a role type" }),
  status: z.enum(roleStatuses, { error: "Choose a status" }),
  headcount: z.coerce.number({ error: "Enter a number" }).int("Enter a whole number").min(1, "At least 1").max(50, "At most 50"),
  ownerId: z.coerce.number({ error: "Choose the owning recruiter" }).int().positive("Choose the owning recruiter"),
  hiringManagerId: optionalId,
  description: z.string().trim().max(10_000, "Description is too long").optional().default(""),
  skills: z.string().trim().max(500, "Too many skills").optional().default(""),
  timezoneOverlap: z.string().trim().max(120, "Too long").optional().default(""),
  openedOn: z
    .string()
    .trim()
    .optional()
    .default("")
    .refine((v) => !v || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))), "Use a date like 2026-11-21"),
});
export type RoleFields = z.infer<typeof roleFieldsSchema>;

export const updateRoleSchema = roleFieldsSchema.extend({ roleId: idSchema, version: versionSchema });
