import { z } from "zod";
import { permittedViewer } from "@/lib/auth/guard";
import { calendarFileName, interviewCalendar } from "@/lib/interviews/ics";
import { getInterview } from "@/lib/interviews/queries";
import { idSchema } from "@/lib/validation";

const paramsSchema = z.object({ id: idSchema });

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

/** GET: the interview's calendar file, for users who may see the interview; 404 for anyone else. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await permittedViewer("interviews:view", "/interviews/[id]/ics");
  const parsed = paramsSchema.safeParse(await params);
  if (!viewer || !parsed.success) return notFound();
  const interview = getInterview(viewer, parsed.data.id);
  if (!interview) return notFound();
  const pageUrl = new URL(`/interviews/${interview.id}`, request.url).toString();
  return new Response(interviewCalendar(interview, pageUrl), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${calendarFileName(interview)}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
