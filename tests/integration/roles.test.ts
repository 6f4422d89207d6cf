import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as adminUsers } from "@/app/api/admin/users/route";
import { PATCH as changeRole } from "@/app/api/admin/users/[id]/route";
import { GET as mentorQueue } from "@/app/api/mentor/queue/route";
import { getDatabase, getDb } from "@/lib/startup/database";
import { apiRequest, routeParams, sessionCookieFor, uniqueEmail } from "./helpers";

// Route handlers are called with real NextRequests carrying a real next-auth session cookie,
// so the whole chain (cookie → JWT → user row → role) is exercised.
type Role = "candidate" | "mentor" | "admin";
const users: Record<Role, { id: string; cookie: string }> = {} as never;

beforeAll(async () => {
  const db = await getDb();
  for (const role of ["candidate", "mentor", "admin"] as const) {
    const user = await db.user.create({ data: { email: uniqueEmail(role), name: role, role } });
    users[role] = { id: user.id, cookie: await sessionCookieFor(user.id) };
  }
});
afterAll(async () => {
  await (await getDatabase()).close();
});

describe("mentor-only route", () => {
  it("asks a signed-out caller to sign in (401)", async () => {
    const response = await mentorQueue(await apiRequest("/api/mentor/queue"));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in first.", code: "unauthenticated" });
  });

  it("refuses a candidate (403)", async () => {
    const response = await mentorQueue(await apiRequest("/api/mentor/queue", { cookie: users.candidate.cookie }));
    expect(response.status).toBe(403);
  });

  it.each(["mentor", "admin"] as const)("serves a %s", async (role) => {
    const response = await mentorQueue(await apiRequest("/api/mentor/queue", { cookie: users[role].cookie }));
    expect(response.status).toBe(200);
    // What the queue holds depends on the other tests' reviews; the role is what is tested here.
    expect(await response.json()).toMatchObject({ reviews: expect.any(Array) });
  });

  it("refuses a forged cookie", async () => {
    const forged = `next-auth.session-token=${await encode({ token: { uid: users.mentor.id }, secret: "x".repeat(40) })}`;
    expect((await mentorQueue(await apiRequest("/api/mentor/queue", { cookie: forged }))).status).toBe(401);
  });
});

describe("admin-only routes", () => {
  it.each(["candidate", "mentor"] as const)("refuse a %s (403)", async (role) => {
    expect((await adminUsers(await apiRequest("/api/admin/users", { cookie: users[role].cookie }))).status).toBe(403);
    const patch = await changeRole(
      await apiRequest(`/api/admin/users/${users.candidate.id}`, {
        cookie: users[role].cookie,
        method: "PATCH",
        body: '{"role":"admin"}',
      }),
      routeParams({ id: users.candidate.id }),
    );
    expect(patch.status).toBe(403);
    const db = await getDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: users.candidate.id } })).role).toBe("candidate");
  });

  it("let an admin list users and grant the mentor role, which applies at once", async () => {
    const list = await adminUsers(await apiRequest("/api/admin/users", { cookie: users.admin.cookie }));
    expect(list.status).toBe(200);
    const body = (await list.json()) as { users: { id: string }[] };
    expect(body.users.map((user) => user.id)).toContain(users.candidate.id);

    const granted = await changeRole(
      await apiRequest(`/api/admin/users/${users.candidate.id}`, {
        cookie: users.admin.cookie,
        method: "PATCH",
        body: '{"role":"mentor"}',
      }),
      routeParams({ id: users.candidate.id }),
    );
    expect(granted.status).toBe(200);
    // The same session cookie now opens the mentor queue: roles are read from the database.
    expect((await mentorQueue(await apiRequest("/api/mentor/queue", { cookie: users.candidate.cookie }))).status).toBe(
      200,
    );
  });

  it("validate the role change with a clear 400", async () => {
    const bad = await changeRole(
      await apiRequest(`/api/admin/users/${users.mentor.id}`, {
        cookie: users.admin.cookie,
        method: "PATCH",
        body: '{"role":"superuser"}',
      }),
      routeParams({ id: users.mentor.id }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/^Invalid role change: role: /);
    const notJson = await changeRole(
      await apiRequest(`/api/admin/users/${users.mentor.id}`, {
        cookie: users.admin.cookie,
        method: "PATCH",
        body: "role=mentor",
      }),
      routeParams({ id: users.mentor.id }),
    );
    expect(notJson.status).toBe(400);
  });

  it("stop an admin from changing their own role", async () => {
    const self = await changeRole(
      await apiRequest(`/api/admin/users/${users.admin.id}`, {
        cookie: users.admin.cookie,
        method: "PATCH",
        body: '{"role":"candidate"}',
      }),
      routeParams({ id: users.admin.id }),
    );
    expect(self.status).toBe(400);
  });
});
