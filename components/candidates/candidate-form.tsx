"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { RecordFields } from "@/components/ui/record-fields";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";
import { useKeptResume } from "./keep-resume";
import { guardResumeSize } from "./resume-size-guard";

type Existing = { id: number; version: number } & Record<string, string | number | null>;

/** Adds a candidate, or edits one (`candidate`): the résumé is then managed on the profile page. */
export function CandidateForm({ action, sources, candidate }: { action: FormAction; sources: Record<string, string>; candidate?: Existing }) {
  const { state, formAction, pending, values, errors: e, formKey } = useFormAction(action);
  const v: Record<string, string | undefined> = candidate
    ? { ...Object.fromEntries(Object.entries(candidate).map(([k, x]) => [k, x == null ? "" : String(x)])), ...values }
    : values;
  const [tooBig, setTooBig] = useState<string | null>(null);
  const { formRef, rememberResume } = useKeptResume(formKey, state, !!e.resume);
  return (
    <form
      ref={formRef}
      action={formAction}
      key={formKey}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
      onSubmit={(ev) => {
        setTooBig(null);
        rememberResume(ev);
        guardResumeSize(ev, setTooBig);
      }}
    >
      <div className="sm:col-span-2">
        <FormMessage state={state} name="Candidate form status" />
      </div>
      <RecordFields name="candidateId" record={candidate} />
      <TextField label="Full name" name="name" defaultValue={v.name} error={e.name} required />
      <TextField label="Email" name="email" type="email" defaultValue={v.email} error={e.email} required />
      <TextField label="Phone" name="phone" defaultValue={v.phone} error={e.phone} />
      <TextField label="Current title" name="currentTitle" defaultValue={v.currentTitle} error={e.currentTitle} />
      <TextField label="Location" name="location" defaultValue={v.location} error={e.location} />
      <TextField label="Time zone" name="timezone" placeholder="Europe/Lisbon" defaultValue={v.timezone} error={e.timezone} />
      <TextField label="Years of experience" name="yearsExperience" type="number" min={0} max={60} defaultValue={v.yearsExperience} error={e.yearsExperience} />
      <SelectField
        label="Source"
        name="source"
        defaultValue={v.source ?? "sourced"}
        error={e.source}
        options={Object.entries(sources).map(([value, label]) => ({ value, label }))}
      />
      <TextField
        label="Skills"
        name="skills"
        placeholder="TypeScript, Go, Kubernetes"
        defaultValue={v.skills}
        error={e.skills}
        hint="Comma-separated"
        className="sm:col-span-2"
      />
      <TextField label="LinkedIn" name="linkedinUrl" type="url" placeholder="https://linkedin.com/in/…" defaultValue={v.linkedinUrl} error={e.linkedinUrl} />
      <TextField label="GitHub" name="githubUrl" type="url" placeholder="https://github.com/…" defaultValue={v.githubUrl} error={e.githubUrl} />
      <TextField label="Portfolio" name="portfolioUrl" type="url" placeholder="https://" defaultValue={v.portfolioUrl} error={e.portfolioUrl} />
      {candidate ? null : (
        <TextField
          label="Résumé"
          name="resume"
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          error={tooBig ?? e.resume}
          hint="PDF or Word (.docx), at most 10 MB"
        />
      )}
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : candidate ? "Save candidate" : "Add candidate"}
        </Button>
      </div>
    </form>
  );
}
