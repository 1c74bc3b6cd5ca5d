// An interview's length bounds, shared by the form (a client component) and the server schema.
export const MIN_DURATION = 15;
export const MAX_DURATION = 480;
