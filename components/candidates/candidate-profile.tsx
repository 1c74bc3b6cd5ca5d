import type { CandidateContact } from "@/lib/candidates/candidate";
import { sourceLabels } from "@/lib/labels";
import { chip } from "./chip";

type Props = {
  facts: { location: string | null; timezone: string | null; experience: number | null; added: string };
  /** Only for viewers who may have them (the agency); a client's page never receives them. */
  contact: CandidateContact | null;
  skills: string[];
};

/** The candidate's facts, skills and (for the agency) contact details and links. */
export function CandidateProfile({ facts, contact, skills }: Props) {
  const rows: [string, string | null][] = [
    ["Email", contact?.email ?? null],
    ["Phone", contact?.phone ?? null],
    ["Location", facts.location],
    ["Time zone", facts.timezone],
    ["Experience", facts.experience != null ? `${facts.experience} years` : null],
    ["Source", contact ? sourceLabels[contact.source] : null],
    ["Added", facts.added],
  ];
  const links = contact
    ? ([
        ["LinkedIn", contact.linkedinUrl],
        ["GitHub", contact.githubUrl],
        ["Portfolio", contact.portfolioUrl],
      ].filter((l): l is [string, string] => !!l[1]) as [string, string][])
    : [];
  return (
    <>
      <dl className="space-y-2 text-sm">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} className="flex justify-between gap-4">
              <dt className="text-muted">{k}</dt>
              <dd className="min-w-0 text-right break-words text-fg">{v}</dd>
            </div>
          ))}
      </dl>
      {skills.length ? (
        <ul aria-label="Skills" className="mt-4 flex flex-wrap gap-1.5">
          {skills.map((s) => (
            <li key={s} className={chip}>
              {s}
            </li>
          ))}
        </ul>
      ) : null}
      {links.length ? (
        <p className="mt-4 flex gap-3 text-sm">
          {links.map(([label, href]) => (
            <a key={label} href={href} rel="noopener noreferrer nofollow" target="_blank" className="font-medium text-accent-text underline underline-offset-2">
              {label}
            </a>
          ))}
        </p>
      ) : null}
    </>
  );
}
