import { describe, expect, it } from "vitest";
import { checkResume, detectResumeKind, downloadName, RESUME_MAX_BYTES } from "./resume";

const bytes = (s: string, pad = 0) => new Uint8Array(Buffer.concat([Buffer.from(s, "latin1"), Buffer.alloc(pad)]));
// The start of a real .docx: a ZIP whose first entries are [Content_Types].xml and word/document.xml.
const docx = bytes("PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000[Content_Types].xml....PK\u0003\u0004word/document.xml", 100);

describe("detectResumeKind", () => {
  it.each([
    ["a PDF", bytes("%PDF-1.7\n%âãÏÓ", 50), "pdf"],
    ["a DOCX", docx, "docx"],
    ["an .exe renamed to .pdf", bytes("MZ\u0090\u0000\u0003", 100), null],
    ["a plain ZIP (not Word)", bytes("PK\u0003\u0004\u0014\u0000notes.txt", 100), null],
    ["HTML", bytes("<html><script>alert(1)</script>", 10), null],
    ["a PDF header further in", bytes("junk%PDF-1.4", 10), null],
    ["empty", bytes(""), null],
  ])("%s → %s", (_name, content, ext) => {
    expect(detectResumeKind(content)?.ext ?? null).toBe(ext);
  });
});

describe("checkResume", () => {
  it("refuses empty, oversized and unknown files with a message", () => {
    expect(checkResume({ size: 0 }, bytes(""))).toEqual({ ok: false, message: "The file is empty" });
    expect(checkResume({ size: RESUME_MAX_BYTES + 1 }, bytes("%PDF-1.4"))).toEqual({ ok: false, message: "The résumé must be at most 10 MB" });
    expect(checkResume({ size: 100 }, bytes("MZ", 98))).toEqual({ ok: false, message: "The résumé must be a PDF or a Word (.docx) file" });
    expect(checkResume({ size: RESUME_MAX_BYTES }, bytes("%PDF-1.4"))).toMatchObject({ ok: true, kind: { ext: "pdf", mimeType: "application/pdf" } });
  });

  it("names downloads after the candidate, never the uploaded file name", () => {
    expect(downloadName("José Müller", "pdf")).toBe("Jose-Muller-resume.pdf");
    expect(downloadName('../../etc/passwd"; x=', "docx")).toBe("etcpasswd-x-resume.docx");
    expect(downloadName("北京", "pdf")).toBe("candidate-resume.pdf");
  });
});
