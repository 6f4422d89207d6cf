// NUL (U+0000) is valid in JSON and in JavaScript strings, but Postgres stores it in neither
// text nor jsonb (the write fails). It has no meaning in a drawing, a note or a form field,
// so it is dropped on the way in.

// `\u0000` escapes in a JSON text, but not `\\u0000` (an escaped backslash, then "u0000"):
// an escape is preceded by an even number of backslashes of its own.
const ESCAPED_NUL = /(?<!\\)((?:\\\\)*)\\u0000/g;

/** The string without NUL characters; `json` also drops them where a JSON text escapes them. */
export function stripNul(text: string, as: "plain" | "json" = "plain"): string {
  if (as === "json") return text.includes("\\u0000") ? text.replace(ESCAPED_NUL, "$1") : text;
  return text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
}
