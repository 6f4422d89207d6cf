import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

export interface Issue {
  /** Where, as a dotted path ("scene.elements.3.id"); "" for the value itself. */
  path: string;
  message: string;
}

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

/**
 * Validates an input with its zod schema, or throws AppError "invalid_request" whose message
 * names the first problem ("Invalid role change: role: ...") and whose details list them all.
 * The schema's description (`.describe("role change")`) names the input, else `what`.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = issuesOf(parsed.error);
  const name = schema.description ?? what;
  const first = issues[0];
  const message = first
    ? `Invalid ${name}: ${first.path ? `${first.path}: ` : ""}${first.message}`
    : `Invalid ${name}.`;
  throw new AppError("invalid_request", message, { issues });
}

/** Path params that do not parse name nothing: "not found", with the schema's own message. */
export function parseParams<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new AppError("not_found", parsed.error.issues[0]?.message ?? "Not found.");
}
