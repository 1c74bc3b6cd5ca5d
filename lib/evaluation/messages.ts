// Words the scorecard form says before asking the server, and the server says the same: no imports,
// so a client component can take them without the database schema.

export const RECOMMENDATION_REQUIRED = "Choose a recommendation to submit your scorecard";

/** Submitting waits for the interview to start: feedback on an interview not yet held would also lift the blind rule early. */
export const NOT_STARTED = "This interview has not started yet: save a draft now, and submit once it has started.";
