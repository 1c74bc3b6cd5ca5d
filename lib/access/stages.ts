import type { Stage } from "@/lib/domain";
import { activeStages, clientVisibleStages, exitStages } from "@/lib/pipeline/stages";

// Which stages a client may ever see, derived once from the pipeline's order: everything before
// submission (sourced, screening, interviewing) is the agency's own work. The scope takes its
// stage lists from here; the stages hidden from a viewer are the rest.

/**
 * Every stage a client may see an application in, once it has been submitted to them: the
 * submitted stages and the exits (a rejection or withdrawal after submission stays visible).
 */
export const clientStages: readonly Stage[] = [...clientVisibleStages, ...exitStages];

/** Every stage, in the board's order. */
export const allStages: readonly Stage[] = [...activeStages, ...exitStages];
