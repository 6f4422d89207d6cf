import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword, SignInThrottledError } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";
import { registerUser } from "@/lib/auth/registration";
import { MAX_FAILURES_PER_DEVICE, MAX_FAILURES_PER_EMAIL } from "@/lib/auth/throttle";
import type { OpenDatabase } from "@/lib/db/client";
import { openTestDatabase, uniqueEmail } from "./helpers";

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const PASSWORD = "correct horse battery";
// Every sign-in attempt, for an unknown email too, runs one bcrypt comparison at cost 12
// (~250 ms idle, seconds on a loaded two-core machine): these tests make a dozen or more.
const BCRYPT_HEAVY_MS = 180_000;

describe("sign-up", () => {
  it("creates a candidate with a salted slow hash, never the password itself", async () => {
    const email = uniqueEmail("new");
    const result = await registerUser(database.db, { name: "Ada", email, password: PASSWORD });
    expect(result.ok).toBe(true);
    const row = await database.db.user.findUniqueOrThrow({ where: { email } });
    expect(row.role).toBe("candidate");
    expect(row.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, row.passwordHash!)).toBe(true);
  });

  it("normalises the email so case does not create a second account", async () => {
    const email = uniqueEmail("Case");
    await registerUser(database.db, { name: "Bo", email: email.toUpperCase(), password: PASSWORD });
    const again = await registerUser(database.db, { name: "Bo", email, password: PASSWORD });
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: "emailTaken" } });
  });

  it("refuses a duplicate email, naming why on the email field", async () => {
    const email = uniqueEmail("dup");
    await registerUser(database.db, { name: "First", email, password: PASSWORD });
    const second = await registerUser(database.db, { name: "Second", email, password: "another strong phrase" });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    // An id the form words in the reader's language (lib/auth/sign-up-messages.ts).
    expect(second.fieldErrors.email).toBe("emailTaken");
    expect(await database.db.user.count({ where: { email } })).toBe(1);
  });

  it.each([
    ["too short", "short1", "passwordTooShort"],
    ["a common password", "password123", "passwordCommon"],
    ["one repeated character", "aaaaaaaaaaaa", "passwordRepetitive"],
  ])("refuses a weak password (%s)", async (_case, password, message) => {
    const email = uniqueEmail("weak");
    const result = await registerUser(database.db, { name: "Weak", email, password });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.password).toBe(message);
    expect(await database.db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a password built from the email address", async () => {
    const email = uniqueEmail("lena");
    const result = await registerUser(database.db, { name: "Lena", email, password: `${email.split("@")[0]}-2024!` });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: "passwordFromEmail" } });
  });

  it("refuses a malformed email and an empty name, naming each field", async () => {
    const result = await registerUser(database.db, { name: " ", email: "not-an-email", password: PASSWORD });
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: "nameRequired", email: "emailInvalid" } });
    // A field that is not text at all gets the generic id, not zod's English sentence.
    const missing = await registerUser(database.db, { name: "Nia", email: uniqueEmail("missing") });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { password: "invalid" } });
  });
});

describe("sign-in with email and password", () => {
  it("accepts the right password and returns the user's role", async () => {
    const email = uniqueEmail("signin");
    await registerUser(database.db, { name: "Cy", email, password: PASSWORD });
    const user = await authenticateWithPassword(
      database.db,
      { email: email.toUpperCase(), password: PASSWORD },
      "10.0.0.1",
    );
    expect(user).toMatchObject({ email, role: "candidate" });
  });

  it("rejects a wrong password and an unknown email alike", async () => {
    const email = uniqueEmail("wrong");
    await registerUser(database.db, { name: "Di", email, password: PASSWORD });
    expect(await authenticateWithPassword(database.db, { email, password: "not the password" }, null)).toBeNull();
    expect(
      await authenticateWithPassword(database.db, { email: uniqueEmail("ghost"), password: PASSWORD }, null),
    ).toBeNull();
    expect(await authenticateWithPassword(database.db, { email: "", password: "" }, null)).toBeNull();
  });

  it(
    "locks an account out after repeated failures, even for the right password",
    async () => {
      const email = uniqueEmail("locked");
      await registerUser(database.db, { name: "Ed", email, password: PASSWORD });
      for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
        expect(await authenticateWithPassword(database.db, { email, password: `guess-${attempt}` }, null)).toBeNull();
      }
      const locked = authenticateWithPassword(database.db, { email, password: PASSWORD }, null);
      await expect(locked).rejects.toBeInstanceOf(SignInThrottledError);
      await expect(authenticateWithPassword(database.db, { email, password: PASSWORD }, null)).rejects.toThrow(
        /Too many failed sign-ins\. Try again in 15 minutes\./,
      );
    },
    BCRYPT_HEAVY_MS,
  );

  it(
    "does not lock the owner out on a device that signed in before, and counts that device on its own",
    async () => {
      const email = uniqueEmail("owner");
      await registerUser(database.db, { name: "Owen", email, password: PASSWORD });
      const owner = await authenticateWithPassword(database.db, { email, password: PASSWORD }, { address: "10.1.1.1" });
      const deviceToken = owner!.deviceToken;
      // Someone else guesses until the account is locked for unknown clients.
      for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++)
        await authenticateWithPassword(database.db, { email, password: `guess-${attempt}` }, "203.0.113.9");
      await expect(
        authenticateWithPassword(database.db, { email, password: PASSWORD }, "10.1.1.2"),
      ).rejects.toBeInstanceOf(SignInThrottledError);
      // The owner's device still gets in, and keeps its token.
      const again = await authenticateWithPassword(
        database.db,
        { email, password: PASSWORD },
        { address: "10.1.1.1", deviceToken },
      );
      expect(again).toMatchObject({ email, deviceToken });
      // A token for another account, or a forged one, counts as an unknown client.
      const forged = `${deviceToken.split(".")[0]}.AAAA`;
      await expect(
        authenticateWithPassword(
          database.db,
          { email, password: PASSWORD },
          { address: "10.1.1.1", deviceToken: forged },
        ),
      ).rejects.toBeInstanceOf(SignInThrottledError);
      // The device is limited too, on its own count.
      for (let attempt = 0; attempt < MAX_FAILURES_PER_DEVICE; attempt++)
        await authenticateWithPassword(
          database.db,
          { email, password: `typo-${attempt}` },
          { address: null, deviceToken },
        );
      await expect(
        authenticateWithPassword(database.db, { email, password: PASSWORD }, { address: null, deviceToken }),
      ).rejects.toBeInstanceOf(SignInThrottledError);
    },
    BCRYPT_HEAVY_MS,
  );

  it(
    "takes as long for an unknown email as for a wrong password",
    async () => {
      const email = uniqueEmail("timing");
      await registerUser(database.db, { name: "Tim", email, password: PASSWORD });
      const timed = async (who: string) => {
        const started = performance.now();
        await authenticateWithPassword(database.db, { email: who, password: "not the password" }, null);
        return performance.now() - started;
      };
      const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;
      const known: number[] = [];
      const unknown: number[] = [];
      for (let round = 0; round < 3; round++) {
        known.push(await timed(email));
        unknown.push(await timed(uniqueEmail("nobody")));
      }
      // Both run one bcrypt comparison at cost 12 (~250 ms); without it an unknown email took ~6 ms.
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    },
    BCRYPT_HEAVY_MS,
  );

  it("refuses an email longer than any address without reaching the database's index", async () => {
    const long = `${"a".repeat(3_000)}@example.test`;
    expect(await authenticateWithPassword(database.db, { email: long, password: PASSWORD }, null)).toBeNull();
  });

  it(
    "locks out an address that guesses across many accounts",
    async () => {
      const address = `203.0.113.${Math.floor(Math.random() * 200)}`;
      for (let attempt = 0; attempt < 20; attempt++) {
        await authenticateWithPassword(database.db, { email: uniqueEmail("spray"), password: "guess-guess" }, address);
      }
      const email = uniqueEmail("victim");
      await registerUser(database.db, { name: "Fay", email, password: PASSWORD });
      await expect(
        authenticateWithPassword(database.db, { email, password: PASSWORD }, address),
      ).rejects.toBeInstanceOf(SignInThrottledError);
      // The same account from elsewhere is unaffected.
      expect(await authenticateWithPassword(database.db, { email, password: PASSWORD }, "198.51.100.7")).not.toBeNull();
    },
    BCRYPT_HEAVY_MS,
  );

  it(
    "forgets earlier failures after a successful sign-in",
    async () => {
      const email = uniqueEmail("reset");
      await registerUser(database.db, { name: "Gil", email, password: PASSWORD });
      for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL - 1; attempt++) {
        await authenticateWithPassword(database.db, { email, password: "nope-nope-nope" }, null);
      }
      expect(await authenticateWithPassword(database.db, { email, password: PASSWORD }, null)).not.toBeNull();
      expect(await authenticateWithPassword(database.db, { email, password: "nope-nope-nope" }, null)).toBeNull();
      expect(await authenticateWithPassword(database.db, { email, password: PASSWORD }, null)).not.toBeNull();
    },
    BCRYPT_HEAVY_MS,
  );
});
