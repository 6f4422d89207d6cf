"use client";

import { z } from "zod";

// The pages' Content-Security-Policy forbids eval (lib/http/security-headers.ts). zod compiles
// object parsers with `new Function` unless told not to, and probes for it first, which the
// browser reports as a violation: in the browser, zod runs without that compiler. The root
// layout renders this component so the setting is made as the page's code loads, before any
// schema parses.
if (typeof window !== "undefined") z.config({ jitless: true });

export function NoEval() {
  return null;
}
