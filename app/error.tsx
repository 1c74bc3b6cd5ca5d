"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-semibold text-fg">Something went wrong</h1>
      <p className="mt-2 text-sm text-muted">We could not show this page. If it keeps happening, send us this reference so we can find what happened.</p>
      {error.digest ? (
        <p className="mt-4 rounded bg-surface-2 px-3 py-1 font-mono text-sm" data-testid="error-reference">
          Reference: {error.digest}
        </p>
      ) : null}
      <button type="button" onClick={reset} className="mt-6 text-sm font-medium text-accent-text underline underline-offset-2">
        Try again
      </button>
    </main>
  );
}
