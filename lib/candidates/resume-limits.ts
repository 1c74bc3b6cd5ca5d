// Shared by the server check and the form's pre-upload check (no server code here).
export const RESUME_MAX_BYTES = 10 * 1024 * 1024;
export const RESUME_TOO_BIG = "The résumé must be at most 10 MB";
/**
 * The largest request body the app reads: a 10 MB résumé plus the form's other fields, with room
 * to spare. next.config.js sets the same figure for server actions and for the bodies Next hands
 * proxy.ts (a unit test keeps them equal), and proxy.ts refuses anything declared larger.
 */
export const REQUEST_BODY_MAX_BYTES = RESUME_MAX_BYTES + 1024 * 1024;
