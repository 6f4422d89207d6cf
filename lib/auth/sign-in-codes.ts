// What a refused sign-in tells the form. next-auth hands a thrown error's message to the form
// as its `error`, so these are codes, not sentences: the form words them in the reader's
// language (components/auth/sign-in-errors.ts). No dependencies, so the browser can load it.

/** Locked out after repeated failures: "SignInThrottled:12" carries the wait in minutes. */
export const SIGN_IN_THROTTLED = "SignInThrottled";
/** Anything else that went wrong on the server (a database error), logged there, never shown. */
export const SIGN_IN_UNAVAILABLE = "SignInUnavailable";

export function throttledCode(minutes: number): string {
  return `${SIGN_IN_THROTTLED}:${minutes}`;
}

/** The wait a throttled code carries, or null for any other code. */
export function throttledMinutes(code: string): number | null {
  const match = new RegExp(`^${SIGN_IN_THROTTLED}:(\\d{1,4})$`).exec(code);
  return match ? Number(match[1]) : null;
}
