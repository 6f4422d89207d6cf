"use client";

import { useEffect } from "react";
import "./globals.css";

// Replaces the root layout when the layout itself fails, so it brings its own document and
// must not depend on anything that might have caused the failure (session, database).
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center bg-slate-50 px-4 font-sans text-slate-900 antialiased">
        <title>Something went wrong · Scaleboard</title>
        <main className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
          <p className="text-sm font-semibold text-indigo-700">Scaleboard</p>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight">Something went wrong</h1>
          <p className="mt-3 text-sm leading-relaxed text-slate-600">
            Scaleboard could not load. Your saved work is not affected. Try again in a moment.
          </p>
          {digest ? (
            <p className="mt-3 text-xs text-slate-500">
              Reference: <code className="font-mono">{digest}</code>
            </p>
          ) : null}
          <div className="mt-6 flex flex-wrap justify-center gap-3">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex h-10 items-center rounded-lg bg-indigo-600 px-4 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
              Try again
            </button>
            {/* A full page load on purpose: the client router may be what broke. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a
              href="/"
              className="inline-flex h-10 items-center rounded-lg bg-white px-4 text-sm font-medium text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
            >
              Go to the home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
