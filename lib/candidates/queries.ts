// Reads of candidates, split by concern: the list, one candidate, and their timeline.
export * from "./search";
export * from "./candidate";
export * from "./timeline";
