import type { z } from "zod";
import { UnreadableAnswerError } from "./model";

/**
 * Reads a structured answer. Servers that honour the response format send bare JSON; others
 * wrap it in prose or a ```json fence, so the outermost object is taken and checked with zod.
 */
export function readParsedAnswer<S extends z.ZodType>(content: string, schema: S): z.output<S> {
  const start = content.indexOf("{");
  const end = content.lastIndexOf("}");
  if (start === -1 || end <= start) throw new UnreadableAnswerError("no JSON object");
  let json: unknown;
  try {
    json = JSON.parse(content.slice(start, end + 1));
  } catch (error) {
    throw new UnreadableAnswerError(error instanceof Error ? error.message : "invalid JSON");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new UnreadableAnswerError(parsed.error.issues.map((issue) => issue.message).join("; "));
  return parsed.data;
}

/**
 * The `summary` written so far in a JSON answer still arriving, to show the feedback as it is
 * written. Returns "" until the summary has begun.
 */
export function partialSummary(content: string): string {
  const match = /"summary"\s*:\s*"((?:[^"\\]|\\.)*)/.exec(content);
  if (!match) return "";
  const raw = match[1]!.replace(/\\$/, "");
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
