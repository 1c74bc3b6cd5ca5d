import { z } from "zod";
import { stages } from "@/db/schema";
import { idSchema, multiLineText, versionSchema } from "@/lib/validation";
import { rejectionReasons, type RejectionReason } from "./stages";

const reasonKeys = Object.keys(rejectionReasons) as [RejectionReason, ...RejectionReason[]];

export const moveSchema = z
  .object({
    roleId: idSchema,
    to: z.enum(stages, { error: "Choose a stage" }),
    applications: z
      .array(z.object({ id: idSchema, version: versionSchema }), { error: "Choose at least one candidate" })
      .min(1, "Choose at least one candidate")
      .max(500, "Move at most 500 at once"),
    reason: z.enum(reasonKeys, { error: "Choose a reason" }).optional(),
    note: multiLineText({ max: 2000, tooLong: "Note is too long" }).optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.to === "rejected" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Choose a reason for rejecting" });
    if (v.to === "rejected" && v.reason === "other" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Say why, for “Other”" });
  });
export type MoveInput = z.infer<typeof moveSchema>;

export const addToRoleSchema = z.object({ roleId: idSchema, candidateId: idSchema });

const boardSorts = ["name", "stage", "days", "owner"] as const;
export const listViewSchema = z.object({
  view: z.enum(["board", "list"]).optional().catch(undefined),
  sort: z.enum(boardSorts).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  stage: z.enum(stages).optional().catch(undefined),
  expand: z.enum(stages).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type ListViewParams = z.infer<typeof listViewSchema>;
