// Device cookies (OWASP's "Slow brute-force attacks with device cookies"): a browser that
// signed in to an account gets a token bound to that account. Failed sign-ins are then counted
// per device for it, so guesses from elsewhere that lock the account for unknown clients do
// not lock out its owner on a device that signed in before.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/lib/config/env";

export const DEVICE_COOKIE = "scaleboard.device";
/** A year: the device stays known as long as people keep their browsers. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

function signature(email: string, nonce: string): Buffer {
  return createHmac("sha256", getEnv().auth.secret).update(`device:${email.toLowerCase()}:${nonce}`).digest();
}

/** A new device token for an account: a random nonce and its signature for that email. */
export function issueDeviceToken(email: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${signature(email, nonce).toString("base64url")}`;
}

/** The device id a token names when it was issued for this email (else null: forged, or another account's). */
export function deviceIdFor(email: string, token: string | null | undefined): string | null {
  const [nonce, signed, extra] = (token ?? "").split(".");
  if (!nonce || !signed || extra !== undefined || nonce.length > 64) return null;
  const expected = signature(email, nonce);
  const given = Buffer.from(signed, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}
