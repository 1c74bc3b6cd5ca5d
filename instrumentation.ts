import type { Instrumentation } from "next";

/** Logs every unexpected server error once, with the same reference id the error page shows. */
export const onRequestError: Instrumentation.onRequestError = async (error, request) => {
  const err = error as Error & { digest?: string };
  console.error(`[error ref=${err.digest ?? "none"}] ${request.method} ${request.path}\n${err.stack ?? err.message}`);
};
