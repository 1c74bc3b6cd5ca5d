import type { UserKind } from "@/db/schema";

export const userKindLabels: Record<UserKind, string> = {
  admin: "Admin",
  recruiter: "Recruiter",
  hiring_manager: "Hiring manager",
  client_viewer: "Client viewer",
};
