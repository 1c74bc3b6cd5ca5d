import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getCandidate } from "@/lib/candidates/queries";
import { sourceLabels } from "@/lib/labels";
import { erasedAt } from "@/lib/privacy/status";
import { updateCandidateAction } from "../../actions";

type Params = { params: Promise<{ id: string }> };

// Once per request, shared by the page and its title (a refusal is "Page not found" in both).
const loadCandidate = cache(async (id: string) => {
  const viewer = await requirePermission("candidates:manage", "/candidates/[id]/edit");
  const candidate = /^\d+$/.test(id) ? getCandidate(viewer, Number(id)) : undefined;
  // Editing is the agency's, which always receives the contact details.
  if (!candidate?.contact) notFound();
  return { viewer, candidate: { ...candidate, contact: candidate.contact } };
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { candidate } = await loadCandidate((await params).id);
  return { title: `Edit ${candidate.name}` };
}

export default async function EditCandidatePage({ params }: Params) {
  const { candidate } = await loadCandidate((await params).id);
  // An erased candidate cannot be edited: their page says so.
  if (erasedAt(candidate.id)) redirect(`/candidates/${candidate.id}`);
  const { id: candidateId, version, name, location, timezone, currentTitle, yearsExperience, skills } = candidate;
  const { email, phone, source, linkedinUrl, githubUrl, portfolioUrl } = candidate.contact;
  return (
    <>
      <PageHeader
        title={`Edit ${candidate.name}`}
        breadcrumbs={[
          { href: "/candidates", label: "Candidates" },
          { href: `/candidates/${candidateId}`, label: candidate.name },
        ]}
      />
      <Card>
        <CandidateForm
          action={updateCandidateAction}
          sources={sourceLabels}
          candidate={{
            id: candidateId,
            version,
            name,
            email,
            phone,
            location,
            timezone,
            currentTitle,
            yearsExperience,
            skills,
            source,
            linkedinUrl,
            githubUrl,
            portfolioUrl,
          }}
        />
      </Card>
    </>
  );
}
