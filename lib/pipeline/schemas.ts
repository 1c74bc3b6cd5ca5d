import { z } from "zod";
import { stages } from "@/db/schema";
import { idSchema, versionSchema } from "@/lib/validation";

/**
 * A move: which applications (at the version the user saw) go to which stage. The move's own
 * input (a rejection's reason and note, say) rides along in the same object and is checked with
 * the target's schema from the transition registry (`./transitions`), by the move command.
 */
export const moveSchema = z.looseObject({
  roleId: idSchema,
  to: z.enum(stages, { error: "Choose a stage" }),
  applications: z
    .array(z.object({ id: idSchema, version: versionSchema }), { error: "Choose at least one candidate" })
    .min(1, "Choose at least one candidate")
    .max(500, "Move at most 500 at once"),
  /** Sent by a move's Undo: the applications regain the time they had entered `to` (./undo). */
  undo: z.literal(true).optional(),
});
export type MoveInput = z.infer<typeof moveSchema>;
/** A move as a client component sends it (the move action's input type). */
export type MoveRequest = z.input<typeof moveSchema>;

export const addToRoleSchema = z.object({ roleId: idSchema, candidateId: idSchema });
export type AddToRoleRequest = z.input<typeof addToRoleSchema>;

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
