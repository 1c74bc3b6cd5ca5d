import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { permittedViewer } from "@/lib/auth/guard";
import { findClients } from "@/lib/clients/queries";

const querySchema = z.object({ q: z.string().trim().max(100) });

/** GET /api/clients/lookup?q=… — clients whose name starts with q (a few, by name), for the client picker (agency only). */
export async function GET(request: NextRequest) {
  const viewer = await permittedViewer("clients:view", "/api/clients/lookup");
  if (!viewer) return NextResponse.json({ error: "Not found" }, { status: 404 });
  const parsed = querySchema.safeParse({ q: request.nextUrl.searchParams.get("q") ?? "" });
  if (!parsed.success) return NextResponse.json({ error: "Search text is too long" }, { status: 400 });
  return NextResponse.json({ results: findClients(viewer, parsed.data.q) }, { headers: { "Cache-Control": "no-store" } });
}
