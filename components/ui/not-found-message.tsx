import Link from "next/link";

/** What a missing page, or a record the viewer may not see, shows (the two are told apart by no one). */
export function NotFoundMessage() {
  return (
    <div className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-accent-text">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-fg">Page not found</h1>
      <p className="mt-2 text-sm text-muted">This page or record does not exist, or it is not available to you.</p>
      <Link href="/" className="mt-6 text-sm font-medium text-accent-text underline underline-offset-2">
        Back to home
      </Link>
    </div>
  );
}
