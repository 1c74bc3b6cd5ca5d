import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { permittedViewer } from "@/lib/auth/guard";
import { lookupCandidates } from "@/lib/candidates/lookup";

const querySchema = z.object({ q: z.string().trim().min(1).max(100) });

/** GET /api/candidates/lookup?q=… — candidates matching q, for the "add to role" picker (agency only). */
export async function GET(request: NextRequest) {
  const viewer = await permittedViewer("applications:create", "/api/candidates/lookup");
  if (!viewer) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const parsed = querySchema.safeParse({ q: request.nextUrl.searchParams.get("q") ?? "" });
  if (!parsed.success) return NextResponse.json({ results: [] });
  return NextResponse.json({ results: lookupCandidates(viewer, parsed.data.q) }, { headers: { "Cache-Control": "no-store" } });
}
