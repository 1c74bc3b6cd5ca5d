// The database schema, one file per area. drizzle-kit reads this file to generate migrations.
export * from "./values";
export * from "./organizations";
export * from "./auth";
export * from "./roles";
export * from "./candidates";
export * from "./pipeline";
export * from "./counters";
export * from "./evaluation";
export * from "./interviews";
export * from "./trials";
export * from "./reports";
