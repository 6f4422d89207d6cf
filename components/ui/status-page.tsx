import type { ReactNode } from "react";
import { Container } from "./page";

/** A centred message for 404s, errors and other dead ends, with a way out. */
export function StatusPage({
  code,
  title,
  description,
  actions,
  children,
}: {
  code?: string;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Container className="flex min-h-[60vh] flex-col items-center justify-center py-16 text-center">
      {code ? <p className="text-sm font-semibold tracking-wide text-indigo-700">{code}</p> : null}
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">{title}</h1>
      {description ? <p className="mt-3 max-w-md text-base text-slate-600">{description}</p> : null}
      {children}
      {actions ? <div className="mt-8 flex flex-wrap items-center justify-center gap-3">{actions}</div> : null}
    </Container>
  );
}
