// Shared by the server check and the form's pre-upload check (no server code here).
export const RESUME_MAX_BYTES = 10 * 1024 * 1024;
export const RESUME_TOO_BIG = "The résumé must be at most 10 MB";
