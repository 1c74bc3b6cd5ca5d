// The trial read side, in one import: lists (list.ts) and one trial (detail.ts).
export { TRIALS_PAGE_SIZE, decidedTrials, listTrials, portalTrials, trialsNeedingAttention, undecidedTrials, type TrialList, type TrialRow } from "./list";
export { getTrial, parseMetrics, type TrialDetail } from "./detail";
