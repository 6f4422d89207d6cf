/**
 * Messages for the `error` codes next-auth puts in the sign-in URL (its error page is
 * /sign-in) and for the credentials provider's answer. Unknown codes get a generic line;
 * nothing from the URL is ever shown verbatim, so a crafted link cannot put words on the page.
 */
const messages: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
  OAuthSignin: "Could not start signing in with that provider. Try again.",
  OAuthCallback: "The provider did not complete the sign-in. Try again.",
  OAuthCreateAccount: "Could not create an account from that provider. Try another way to sign in.",
  OAuthAccountNotLinked: "That email is already used by another sign-in method. Sign in the way you did before.",
  OAuthEmailMissing: "The provider did not share an email address, so we cannot sign you in with it.",
  Callback: "Signing in did not complete. Try again.",
  AccessDenied: "You do not have access to that.",
  SessionRequired: "Sign in to continue.",
  Configuration: "Sign-in is not configured correctly on the server. Try again later.",
};

export function messageForErrorCode(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return messages[code] ?? "Sign-in failed. Try again.";
}
