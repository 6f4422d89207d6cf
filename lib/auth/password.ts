import bcrypt from "bcryptjs";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type SignUpError } from "@/lib/auth/sign-up-messages";

// bcrypt is salted and deliberately slow; cost 12 takes ~250 ms here, which is what makes
// an offline guess at a leaked hash expensive.
const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// The passwords people reuse most often; anything on this list falls to the first guesses.
const COMMON_PASSWORDS = new Set([
  "password",
  "password1",
  "password12",
  "password123",
  "password1234",
  "passw0rd",
  "p@ssw0rd",
  "1234567890",
  "12345678910",
  "0123456789",
  "1q2w3e4r5t",
  "qwertyuiop",
  "qwerty1234",
  "qwerty12345",
  "iloveyou12",
  "letmein123",
  "welcome123",
  "admin12345",
  "administrator",
  "changeme123",
  "abc1234567",
  "aaaaaaaaaa",
  "1111111111",
  "0000000000",
  "trustno1234",
  "football12",
  "baseball12",
  "sunshine12",
  "princess12",
  "dragon1234",
  "monkey1234",
  "superman12",
  "starwars12",
  "scaleboard",
  "scaleboard1",
  "scaleboard123",
]);

// The messages are ids the sign-up form words in the reader's language (lib/auth/sign-up-messages.ts).
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, "passwordTooShort" satisfies SignUpError)
  .max(MAX_PASSWORD_LENGTH, "passwordTooLong" satisfies SignUpError)
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), "passwordCommon" satisfies SignUpError)
  .refine((value) => new Set(value).size >= 4, "passwordRepetitive" satisfies SignUpError);
