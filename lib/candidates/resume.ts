import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { settings } from "@/lib/config";

import { RESUME_MAX_BYTES, RESUME_TOO_BIG } from "./resume-limits";

export { RESUME_MAX_BYTES };

export type ResumeKind = { ext: "pdf" | "docx"; mimeType: string };

const PDF: ResumeKind = { ext: "pdf", mimeType: "application/pdf" };
const DOCX: ResumeKind = { ext: "docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };

/**
 * What a file really is, from its content, never its name: a PDF starts with "%PDF-"; a DOCX is a
 * ZIP ("PK\3\4") whose entries include word/document.xml. Anything else is refused.
 */
export function detectResumeKind(bytes: Uint8Array): ResumeKind | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.subarray(0, 5).toString("latin1") === "%PDF-") return PDF;
  if (buf.length > 30 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04 && buf.includes("word/document.xml", 0, "latin1")) {
    return DOCX;
  }
  return null;
}

/** Checks an uploaded résumé; returns the reason it is refused, or its kind. */
export function checkResume(file: { size: number }, bytes: Uint8Array): { ok: true; kind: ResumeKind } | { ok: false; message: string } {
  if (file.size === 0) return { ok: false, message: "The file is empty" };
  if (file.size > RESUME_MAX_BYTES) return { ok: false, message: RESUME_TOO_BIG };
  const kind = detectResumeKind(bytes);
  if (!kind) return { ok: false, message: "The résumé must be a PDF or a Word (.docx) file" };
  return { ok: true, kind };
}

function resumeDir(): string {
  return path.join(settings().uploadDir, "resumes");
}

/** Writes the file under a generated name outside public/; returns that name. */
export function storeResume(bytes: Uint8Array, kind: ResumeKind): string {
  const dir = resumeDir();
  fs.mkdirSync(dir, { recursive: true });
  const name = `${randomBytes(16).toString("hex")}.${kind.ext}`;
  fs.writeFileSync(path.join(dir, name), bytes, { flag: "wx", mode: 0o600 });
  return name;
}

export function removeStoredResume(name: string): void {
  fs.rmSync(path.join(resumeDir(), path.basename(name)), { force: true });
}

/** The stored file's path; the name is ours (generated), basename() is a second guard. */
export function resumePath(storedName: string): string {
  return path.join(resumeDir(), path.basename(storedName));
}

/** A safe download name: the candidate's name, never the uploader's file name. */
export function downloadName(candidateName: string, ext: string): string {
  const base =
    candidateName
      .normalize("NFKD")
      .replace(/[^\w\- ]+/g, "")
      .trim()
      .replace(/\s+/g, "-") || "candidate";
  return `${base}-resume.${ext}`;
}
