import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { demoReviewScene } from "@/lib/reviews/demo";
import { E2E_ADMIN } from "../support/e2e-accounts";
import { signIn, signUp } from "./accounts";

// The review's authorisation matrix for PAGES, over real HTTP against the production build
// (the routes' matrix is tests/integration/reviews-routes.test.ts): every page that shows an
// interview or a review × {owner, other candidate, claiming mentor, other mentor, admin,
// signed out}. A page answers 200, 404 (other people's ids look like ids that do not exist)
// or, signed out, a redirect to sign-in that comes back to it. A page that answers anything
// but 200 must not carry a word of the interview, and a page that answers 200 to someone
// outside the review (their own dashboard, history or inbox) must not either.

const CALLERS = ["owner", "otherCandidate", "reviewer", "otherMentor", "admin", "signedOut"] as const;
type Caller = (typeof CALLERS)[number];

/** A word that is in the interview's notes, the review request and the mentor's comment, and nowhere else. */
const SECRET = `Quokka${Date.now().toString(36)}`;

interface Fixture {
  /** Submitted, graded, review requested and claimed by the reviewer, with a comment thread. */
  reviewed: string;
  /** Submitted and graded, no review asked for. */
  unrequested: string;
  /** Still running. */
  running: string;
  threadId: string;
}

/** A browser context signed in as the e2e admin, or as a fresh candidate signed up with a name prefix. */
async function signedIn(browser: Browser, who: { admin: true } | { prefix: string }): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if ("admin" in who) await signIn(page, E2E_ADMIN);
  else await signUp(page, who.prefix);
  await page.close();
  return context;
}

async function userId(admin: APIRequestContext, context: BrowserContext): Promise<string> {
  const me = (await context.request.get("/api/auth/session").then((r) => r.json())) as { user: { email: string } };
  const { users } = (await admin.get("/api/admin/users").then((r) => r.json())) as {
    users: { id: string; email: string }[];
  };
  return users.find((user) => user.email === me.user.email)!.id;
}

async function submitted(owner: APIRequestContext): Promise<string> {
  const started = await owner.post("/api/interviews", { data: { promptSlug: "scale-to-millions" } });
  expect(started.status()).toBe(201);
  const { id } = (await started.json()) as { id: string };
  const done = await owner.post(`/api/interviews/${id}/submit`, {
    data: { baseVersion: 0, scene: demoReviewScene(), notes: `Reads dominate. ${SECRET}` },
  });
  expect(done.status()).toBe(200);
  return id;
}

type Answer = string;
const ok = "200";
const missing = "404";
const to = (location: string): Answer => `redirect ${location}`;
const signInFor = (path: string) => to(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);

interface PageCell {
  name: string;
  path: (f: Fixture) => string;
  expected: (f: Fixture) => Omit<Record<Caller, Answer>, "signedOut">;
  /** How a signed-out visitor is answered; the sign-in redirect unless said otherwise. */
  signedOut?: Answer;
}

const only = (who: Partial<Record<Exclude<Caller, "signedOut">, Answer>>) => ({
  owner: missing,
  otherCandidate: missing,
  reviewer: missing,
  otherMentor: missing,
  admin: missing,
  ...who,
});
const everyone = only({ owner: ok, otherCandidate: ok, reviewer: ok, otherMentor: ok, admin: ok });
const mentors = only({ reviewer: ok, otherMentor: ok, admin: ok });

const PAGES: PageCell[] = [
  {
    name: "report of the reviewed interview",
    path: (f) => `/interviews/${f.reviewed}/report`,
    expected: () => only({ owner: ok }),
  },
  {
    name: "report, opened on a thread",
    path: (f) => `/interviews/${f.reviewed}/report?thread=${f.threadId}`,
    expected: () => only({ owner: ok }),
  },
  {
    name: "report's Markdown export",
    path: (f) => `/interviews/${f.reviewed}/report/export.md`,
    expected: () => only({ owner: ok }),
    // A download, not a page: the route answers like every API route.
    signedOut: "401",
  },
  {
    name: "report of an unreviewed interview",
    path: (f) => `/interviews/${f.unrequested}/report`,
    expected: () => only({ owner: ok }),
  },
  {
    name: "report of a running interview",
    path: (f) => `/interviews/${f.running}/report`,
    expected: (f) => only({ owner: to(`/interviews/${f.running}`) }),
  },
  {
    name: "whiteboard of a running interview",
    path: (f) => `/interviews/${f.running}`,
    expected: () => only({ owner: ok }),
  },
  {
    name: "whiteboard of a submitted interview",
    path: (f) => `/interviews/${f.reviewed}`,
    expected: (f) => only({ owner: to(`/interviews/${f.reviewed}/report`) }),
  },
  { name: "review workspace", path: (f) => `/mentor/reviews/${f.reviewed}`, expected: () => mentors },
  {
    name: "review workspace, opened on a thread",
    path: (f) => `/mentor/reviews/${f.reviewed}?thread=${f.threadId}`,
    expected: () => mentors,
  },
  {
    name: "review workspace of an interview nobody asked to review",
    path: (f) => `/mentor/reviews/${f.unrequested}`,
    expected: () => only({}),
  },
  {
    name: "review workspace of a running interview",
    path: (f) => `/mentor/reviews/${f.running}`,
    expected: () => only({}),
  },
  {
    name: "review workspace of an id that does not exist",
    path: () => "/mentor/reviews/nosuchinterview0000000000",
    expected: () => only({}),
  },
  {
    name: "report of an id that does not exist",
    path: () => "/interviews/nosuchinterview0000000000/report",
    expected: () => only({}),
  },
  { name: "review queue", path: () => "/mentor", expected: () => mentors },
  { name: "review queue, done and mine", path: () => "/mentor?state=done&mine=1", expected: () => mentors },
  { name: "my reviews", path: () => "/mentor/reviews", expected: () => mentors },
  { name: "inbox", path: () => "/inbox", expected: () => everyone },
  { name: "dashboard", path: () => "/dashboard", expected: () => everyone },
  { name: "history", path: () => "/history", expected: () => everyone },
  { name: "admin", path: () => "/admin", expected: () => only({ admin: ok }) },
];

/** Who may see the interview's words at all (its notes, the request's note, the comments). */
const MAY_READ: Record<Caller, boolean> = {
  owner: true,
  otherCandidate: false,
  reviewer: true,
  otherMentor: true,
  admin: true,
  signedOut: false,
};

test("every page that shows an interview or a review × every kind of caller", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const admin = await signedIn(browser, { admin: true });
  const contexts: Record<Exclude<Caller, "signedOut">, BrowserContext> = {
    owner: await signedIn(browser, { prefix: "Olive" }),
    otherCandidate: await signedIn(browser, { prefix: "Oscar" }),
    reviewer: await signedIn(browser, { prefix: "Rita" }),
    otherMentor: await signedIn(browser, { prefix: "Milo" }),
    admin,
  };
  for (const mentor of [contexts.reviewer, contexts.otherMentor]) {
    const changed = await admin.request.patch(`/api/admin/users/${await userId(admin.request, mentor)}`, {
      data: { role: "mentor" },
    });
    expect(changed.status()).toBe(200);
  }

  const owner = contexts.owner.request;
  const reviewed = await submitted(owner);
  const unrequested = await submitted(owner);
  expect(
    (await owner.post(`/api/interviews/${reviewed}/review`, { data: { note: `Look at ${SECRET}` } })).status(),
  ).toBe(201);
  const started = await owner.post("/api/interviews", { data: { promptSlug: "warm-up-cache" } });
  const { id: running } = (await started.json()) as { id: string };
  const reviewer = contexts.reviewer.request;
  expect((await reviewer.post(`/api/interviews/${reviewed}/review/claim`)).status()).toBe(200);
  const posted = await reviewer.post(`/api/interviews/${reviewed}/comments`, {
    data: { body: `Why one database, ${SECRET}?`, elementIds: ["demo-db"] },
  });
  expect(posted.status()).toBe(201);
  const { comment } = (await posted.json()) as { comment: { id: string } };
  const fixture: Fixture = { reviewed, unrequested, running, threadId: comment.id };

  const signedOut = await playwright.request.newContext({ baseURL });
  const requestOf = (caller: Caller) => (caller === "signedOut" ? signedOut : contexts[caller].request);

  const answers: Record<string, Record<Caller, Answer>> = {};
  const expected: Record<string, Record<Caller, Answer>> = {};
  const leaks: string[] = [];
  for (const cell of PAGES) {
    const path = cell.path(fixture);
    expected[cell.name] = { ...cell.expected(fixture), signedOut: cell.signedOut ?? signInFor(path) };
    const row = {} as Record<Caller, Answer>;
    for (const caller of CALLERS) {
      const response = await requestOf(caller).get(path, { maxRedirects: 0 });
      const status = response.status();
      row[caller] = status >= 300 && status < 400 ? to(response.headers().location ?? "") : String(status);
      const body = await response.text();
      // Nothing of the interview in a refusal, nor in a page of someone who may not read it.
      if ((status !== 200 || !MAY_READ[caller]) && body.includes(SECRET)) leaks.push(`${cell.name} × ${caller}`);
    }
    answers[cell.name] = row;
  }
  expect(answers).toEqual(expected);
  expect(leaks).toEqual([]);

  // The pages that answer everyone show each caller their own: the owner's list has the
  // interview, the other candidate's does not; a mentor's queue has it.
  const html = async (caller: Caller, path: string) => (await requestOf(caller).get(path)).text();
  // The words the leak check looks for are on the pages that may show them, so the check can see them.
  expect(await html("owner", `/interviews/${reviewed}/report`)).toContain(SECRET);
  expect(await html("otherMentor", `/mentor/reviews/${reviewed}`)).toContain(SECRET);
  expect(await html("owner", "/dashboard")).toContain(reviewed);
  expect(await html("owner", "/inbox")).toContain(reviewed);
  for (const path of ["/dashboard", "/history", "/inbox"]) {
    expect(await html("otherCandidate", path), path).not.toContain(reviewed);
    expect(await html("otherMentor", path), path).not.toContain(reviewed);
  }
  expect(await html("otherMentor", "/mentor")).toContain(reviewed);
  expect(await html("reviewer", "/mentor/reviews")).toContain(reviewed);
  expect(await html("otherMentor", "/mentor/reviews")).not.toContain(reviewed);

  await signedOut.dispose();
  for (const context of Object.values(contexts)) await context.close();
});
