// The wrapper's signed-in side, with real NextRequests carrying real session cookies: who
// gets through is decided from the account as the database holds it on each request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { formAction, type FormState } from "@/lib/http/action";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import type { Database } from "@/lib/db/client";
import { getDatabase, getDb } from "@/lib/startup/database";
import { apiRequest, sessionCookieFor, uniqueEmail } from "./helpers";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});
afterAll(async () => {
  await (await getDatabase()).close();
});

async function account(role: "candidate" | "mentor" | "admin" = "candidate") {
  const user = await db.user.create({ data: { email: uniqueEmail(role), name: role, role } });
  return { id: user.id, cookie: await sessionCookieFor(user.id) };
}

const whoAmI = route({ auth: "user" }, ({ user, db: handle }) =>
  json({ id: user.id, role: user.role, gotDb: handle === db }),
);
const mentorsOnly = route({ auth: { roles: ["mentor", "admin"] } }, ({ user }) => json({ role: user.role }));

async function call(handler: typeof whoAmI, cookie?: string) {
  const response = await handler(await apiRequest("/api/things", { cookie }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("route: authentication", () => {
  it("hands the handler the signed-in user and the database", async () => {
    const alice = await account();
    expect(await call(whoAmI, alice.cookie)).toEqual({
      status: 200,
      body: { id: alice.id, role: "candidate", gotDb: true },
    });
  });

  it("answers 401 without a session, and for an account that no longer exists", async () => {
    expect(await call(whoAmI)).toEqual({ status: 401, body: { error: "Sign in first.", code: "unauthenticated" } });
    const gone = await account();
    await db.user.delete({ where: { id: gone.id } });
    expect(await call(whoAmI, gone.cookie)).toMatchObject({ status: 401, body: { code: "unauthenticated" } });
  });

  it("answers 403 without one of the roles, reading the role anew on every request", async () => {
    const bob = await account("candidate");
    expect(await call(mentorsOnly, bob.cookie)).toEqual({
      status: 403,
      body: { error: "This needs the mentor or admin role.", code: "forbidden" },
    });
    await db.user.update({ where: { id: bob.id }, data: { role: "mentor" } });
    // The same cookie: the token still says candidate, the database says mentor.
    expect(await call(mentorsOnly, bob.cookie)).toEqual({ status: 200, body: { role: "mentor" } });
  });

  it("authenticates before it reads the body", async () => {
    const strict = route({ auth: "user", body: z.object({ a: z.number() }) }, () => json({}));
    const response = await strict(await apiRequest("/api/things", { method: "POST", body: "{not json" }));
    expect(response.status).toBe(401);
  });
});

describe("formAction", () => {
  type Named = FormState<{ name: string }>;
  const rename = formAction(
    { auth: "public", input: z.object({ name: z.string().trim().min(2, "Use two letters or more.") }) },
    ({ input }) => {
      if (input.name === "taken")
        throw new AppError("invalid_request", "That name is taken.", { fieldErrors: { name: "Taken." } });
      return Promise.resolve({ message: `Hello ${input.name}.`, name: input.name });
    },
  );
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };
  const idle: Named = { status: "idle" };

  it("validates the fields and hands the handler what parsed", async () => {
    expect(await rename(idle, form({ name: " Ada " }))).toEqual({ status: "ok", message: "Hello Ada.", name: "Ada" });
  });

  const invalid = (message: string, name: string) => ({
    status: "error",
    code: "invalid_request",
    message,
    fieldErrors: { name },
  });

  it("answers a field that does not parse with an error state naming that field", async () => {
    expect(await rename(idle, form({ name: "A" }))).toEqual(
      invalid("Please fix the highlighted fields.", "Use two letters or more."),
    );
  });

  it("turns an AppError into the form's error state", async () => {
    expect(await rename(idle, form({ name: "taken" }))).toEqual(invalid("That name is taken.", "Taken."));
  });
});
