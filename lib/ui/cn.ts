export type ClassValue = string | false | null | undefined | 0;

/**
 * Joins class names, skipping falsy values. There is no tailwind-merge here: components
 * are written so a caller's extra classes add to theirs instead of fighting them.
 */
export function cn(...values: ClassValue[]): string {
  return values.filter(Boolean).join(" ");
}
