// What the sign-in form says for an `error` code (components/auth/sign-in-errors.ts): the
// server sends codes, never sentences, so the form can word them in the reader's language;
// a code from the URL picks a message and is never shown itself.
import { describe, expect, it } from "vitest";
import { signInErrorFor } from "@/components/auth/sign-in-errors";
import { SignInThrottledError } from "@/lib/auth/credentials";
import { SIGN_IN_UNAVAILABLE, throttledMinutes } from "@/lib/auth/sign-in-codes";

describe("sign-in error codes", () => {
  it("carries a lock-out's wait from the server to the form", () => {
    const code = new SignInThrottledError(12).code;
    expect(code).toBe("SignInThrottled:12");
    expect(signInErrorFor(code)).toEqual({ id: "throttled", minutes: 12 });
  });

  it("names next-auth's codes and ours", () => {
    expect(signInErrorFor("CredentialsSignin")).toEqual({ id: "credentials" });
    expect(signInErrorFor("OAuthAccountNotLinked")).toEqual({ id: "oauthAccountNotLinked" });
    expect(signInErrorFor(SIGN_IN_UNAVAILABLE)).toEqual({ id: "unavailable" });
    expect(signInErrorFor(undefined)).toBeUndefined();
  });

  it("words anything else generically, whatever a crafted link puts in it", () => {
    expect(signInErrorFor("Your account is suspended, call +1 555")).toEqual({ id: "failed" });
    expect(signInErrorFor("toString")).toEqual({ id: "failed" });
    expect(signInErrorFor("SignInThrottled:soon")).toEqual({ id: "failed" });
    expect(throttledMinutes("SignInThrottled:12 minutes")).toBeNull();
  });
});
