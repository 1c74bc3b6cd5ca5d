import type { Viewer } from "@/lib/auth/current-user";
import type { ApplicationDetail } from "@/lib/pipeline/application";

// Placeholder: filled in by the section's owner.
export function InterviewsSection(_props: { viewer: Viewer; application: ApplicationDetail }) {
  return null;
}
