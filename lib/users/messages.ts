// What the user commands answer with, shared by the admin's page and the client page.

export const STALE = "This user was changed by someone else meanwhile; reload to see the change.";
export const EMAIL_TAKEN = "A user with this email already exists";
