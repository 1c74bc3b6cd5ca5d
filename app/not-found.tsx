import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-slate-600">This page or record does not exist, or it is not available to you.</p>
      <Link href="/" className="mt-6 text-sm font-medium text-brand-700 hover:underline">
        Back to home
      </Link>
    </main>
  );
}
