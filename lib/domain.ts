// Domain types and value lists for app/ and components/, which never import db/ themselves.
export {
  candidateSources,
  noteVisibilities,
  roleStatuses,
  roleTypes,
  stages,
  userKinds,
  type Candidate,
  type CandidateSource,
  type NoteVisibility,
  type Role,
  type RoleStatus,
  type RoleType,
  type Stage,
  type UserKind,
} from "@/db/schema";
