import { z } from "zod";
import { yearAhead } from "@/lib/calendar";
import { roleStatuses, roleTypes } from "@/db/schema";
import { skillsSchema } from "@/lib/candidates/schemas";
import {
  blankToUndefined,
  idSchema,
  multiLineText,
  optionalDateSchema,
  optionalIdSchema,
  optionalText,
  pickedIdSchema,
  pageSchema,
  searchTextSchema,
  singleLineText,
  versionSchema,
  wholeNumber,
} from "@/lib/validation";

/** Filters of /roles, read from the URL (bad values are ignored rather than failing the page). */
export const roleFiltersSchema = z.object({
  /** Words the role's title or its client's name contain (each of them, in any order). */
  q: searchTextSchema,
  client: optionalIdSchema.catch(undefined),
  type: z.enum(roleTypes).optional().catch(undefined),
  status: z.enum(roleStatuses).optional().catch(undefined),
  owner: optionalIdSchema.catch(undefined),
  page: z.preprocess(blankToUndefined, pageSchema.optional()).catch(undefined),
});
export type RoleFilters = z.infer<typeof roleFiltersSchema>;

export const roleFieldsSchema = z.object({
  title: singleLineText({ max: 120, tooLong: "Title is too long", required: "Enter a title" }),
  clientId: pickedIdSchema("Choose a client"),
  type: z.enum(roleTypes, { error: "Choose a role type" }),
  status: z.enum(roleStatuses, { error: "Choose a status" }),
  headcount: wholeNumber({ min: 1, max: 50, message: "Enter a whole number", tooSmall: "At least 1", tooLarge: "At most 50" }),
  ownerId: pickedIdSchema("Choose the owning recruiter"),
  hiringManagerId: optionalIdSchema,
  description: multiLineText({ max: 10_000, tooLong: "Description is too long" }).optional().default(""),
  skills: skillsSchema(),
  timezoneOverlap: optionalText(120, "Time-zone overlap"),
  // A role may be planned to open soon, not in a year that reads like a typo (2206 for 2026).
  openedOn: optionalDateSchema.refine((v) => !v || v <= yearAhead(), "A role opens at most a year from today"),
});

export type RoleFields = z.infer<typeof roleFieldsSchema>;

export const updateRoleSchema = roleFieldsSchema.extend({ roleId: idSchema, version: versionSchema });
