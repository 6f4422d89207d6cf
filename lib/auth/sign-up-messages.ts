// What the sign-up form checks and can be told, with no dependencies: the server's schemas
// and the form in the browser share it (lib/auth/password.ts pulls in bcrypt, which the
// browser must not load).

export const NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * What the sign-up form can be told about a field, as ids rather than sentences: the form
 * words them in the reader's language (the auth catalogue's signUp.errors.<id>, which quote
 * the limits above). The sign-up schemas and registerUser use them as their messages; no JSON
 * API takes this form.
 */
export const SIGN_UP_ERRORS = [
  // A field that is not even text (no form sends that): zod's own message, worded generically.
  "invalid",
  "nameRequired",
  "nameTooLong",
  "emailTooLong",
  "emailInvalid",
  "emailTaken",
  "passwordTooShort",
  "passwordTooLong",
  "passwordCommon",
  "passwordRepetitive",
  "passwordFromEmail",
] as const;
export type SignUpError = (typeof SIGN_UP_ERRORS)[number];

export function isSignUpError(value: unknown): value is SignUpError {
  return (SIGN_UP_ERRORS as readonly unknown[]).includes(value);
}
