// Words the scorecard form says before asking the server, and the server says the same: no imports,
// so a client component can take them without the database schema.

export const RECOMMENDATION_REQUIRED = "Choose a recommendation to submit your scorecard";
