"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { eraseCandidate, eraseCandidateSchema } from "@/lib/privacy/erase";

export const eraseCandidateAction = action("candidate:erase", "candidates:erase", eraseCandidateSchema, (input, ctx) => {
  const result = eraseCandidate(input, ctx);
  if (result.ok) {
    revalidatePath(`/candidates/${input.candidateId}`);
    revalidatePath("/candidates");
  }
  return result;
});
