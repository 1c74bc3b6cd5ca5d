"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/action";
import { addNote, createCandidate, updateCandidate, uploadResume } from "@/lib/candidates/commands";
import { setResumeSharing } from "@/lib/candidates/resume-sharing";
import { candidateFieldsSchema, noteSchema, resumeSharingSchema, updateCandidateSchema, uploadResumeSchema } from "@/lib/candidates/schemas";

export const createCandidateAction = action("candidate:create", "candidates:manage", candidateFieldsSchema, async (input, ctx) => {
  const result = await createCandidate(input, ctx);
  if (!result.ok) return result;
  revalidatePath("/candidates");
  redirect(`/candidates/${result.data!.id}?saved=candidate-added`);
});

export const updateCandidateAction = action("candidate:update", "candidates:manage", updateCandidateSchema, (input, ctx) => {
  const result = updateCandidate(input, ctx);
  if (!result.ok) return result;
  revalidatePath(`/candidates/${input.candidateId}`);
  redirect(`/candidates/${input.candidateId}?saved=candidate-saved`);
});

export const uploadResumeAction = action("candidate:upload-resume", "candidates:manage", uploadResumeSchema, async (input, ctx) => {
  const result = await uploadResume(input, ctx);
  if (result.ok) revalidatePath(`/candidates/${input.candidateId}`);
  return result;
});

export const addNoteAction = action("note:create", "notes:create", noteSchema, (input, ctx) => {
  const result = addNote(input, ctx);
  if (result.ok) revalidatePath(`/candidates/${input.candidateId}`);
  return result;
});

export const setResumeSharingAction = action("application:share-resume", "applications:share-resume", resumeSharingSchema, (input, ctx) => {
  const result = setResumeSharing(input, ctx);
  if (result.ok) revalidatePath(`/candidates/${result.data!.candidateId}`);
  return result;
});
