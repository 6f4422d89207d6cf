// Item 2 of issue 8: a revoked admin loses admin powers at once in server actions and pages,
// not when the session token next refreshes. Who the session cookie names is next-auth's
// part (decoding it needs a request scope that vitest has not); it is stubbed to the user's
// id, and everything after it (the account and its role, read from the database) is real.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/client";
import { getDatabase, getDb } from "@/lib/startup/database";
import { uniqueEmail } from "./helpers";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<typeof import("@/lib/auth/session")>()),
  sessionUserId: () => Promise.resolve(session.userId),
}));
// revalidatePath needs Next's request store; refreshing the admin page is not what is tested.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let db: Database;
beforeAll(async () => {
  db = await getDb();
});
afterAll(async () => {
  await (await getDatabase()).close();
});

describe("a revoked admin", () => {
  it("can no longer change roles or see the admin page's users, with the same session", async () => {
    const { changeRoleAction } = await import("@/lib/admin/actions");
    const { findSignedInUser } = await import("@/lib/http/page");
    const admin = await db.user.create({ data: { email: uniqueEmail("admin"), name: "Admin", role: "admin" } });
    const other = await db.user.create({ data: { email: uniqueEmail("other"), name: "Other" } });
    session.userId = admin.id;
    const promote = () => {
      const form = new FormData();
      form.set("userId", other.id);
      form.set("role", "mentor");
      return changeRoleAction({ status: "idle" }, form);
    };
    expect(await promote()).toMatchObject({ status: "ok" });

    await db.user.update({ where: { id: admin.id }, data: { role: "candidate" } });
    await db.user.update({ where: { id: other.id }, data: { role: "candidate" } });
    expect(await promote()).toMatchObject({ status: "error", code: "forbidden" });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("candidate");
    // What pages decide with (lib/http/page.ts) is the role as the database has it now.
    expect(await findSignedInUser()).toMatchObject({ id: admin.id, role: "candidate" });
  });
});
