import { SIGN_IN_UNAVAILABLE, throttledMinutes } from "@/lib/auth/sign-in-codes";

/**
 * What the sign-in form says for an `error` code: next-auth's codes (in the sign-in URL, its
 * error page being /sign-in, and in the credentials provider's answer) and our server's
 * (lib/auth/sign-in-codes.ts). Each names a message of the auth catalogue (signIn.errors.<id>);
 * unknown codes get a generic line. Nothing from the URL is ever shown verbatim, so a crafted
 * link cannot put words on the page; a lock-out's wait is read as a number.
 */
const KNOWN = {
  CredentialsSignin: "credentials",
  OAuthSignin: "oauthSignin",
  OAuthCallback: "oauthCallback",
  OAuthCreateAccount: "oauthCreateAccount",
  OAuthAccountNotLinked: "oauthAccountNotLinked",
  OAuthEmailMissing: "oauthEmailMissing",
  Callback: "callback",
  AccessDenied: "accessDenied",
  SessionRequired: "sessionRequired",
  Configuration: "configuration",
  [SIGN_IN_UNAVAILABLE]: "unavailable",
} as const;

export type SignInError =
  { id: (typeof KNOWN)[keyof typeof KNOWN] | "offline" | "failed" } | { id: "throttled"; minutes: number };

export function signInErrorFor(code: string | undefined): SignInError | undefined {
  if (!code) return undefined;
  const minutes = throttledMinutes(code);
  if (minutes !== null) return { id: "throttled", minutes };
  return { id: Object.hasOwn(KNOWN, code) ? KNOWN[code as keyof typeof KNOWN] : "failed" };
}
