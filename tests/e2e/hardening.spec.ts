import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./accounts";

// Issue 8 in a real browser against the production build: a page on another origin cannot
// act with the candidate's cookie, a NUL typed into the notes does not make the drawing
// unsaveable, a save whose answer was lost is not mistaken for another tab's, and the pages
// carry an enforced, nonce-based Content-Security-Policy that nothing on them violates.

async function waitForBoard(page: Page) {
  await page.waitForFunction(() => Boolean(window.scaleboard?.excalidrawAPI), null, { timeout: 30_000 });
}

async function startInterview(page: Page): Promise<string> {
  const response = await page.request.post("/api/interviews", { data: { promptSlug: "url-shortener" } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await page.goto(`/interviews/${id}`);
  await waitForBoard(page);
  return id;
}

async function drawLabel(page: Page, id: string, label: string, y = 0) {
  await page.evaluate(
    ([shapeId, text, top]) => {
      const board = window.scaleboard!;
      const created = board.convertToExcalidrawElements(
        [{ type: "rectangle", id: shapeId, x: 0, y: top, width: 180, height: 80, label: { text } }],
        { regenerateIds: false },
      );
      board.excalidrawAPI.updateScene({
        elements: [...board.excalidrawAPI.getSceneElementsIncludingDeleted(), ...created],
      });
    },
    [id, label, y] as const,
  );
}

const saveStatus = (page: Page) => page.getByTestId("save-status");
const savedVersion = async (page: Page) => Number(await saveStatus(page).getAttribute("data-version"));

async function expectSavedAfter(page: Page, before: number) {
  await expect.poll(() => savedVersion(page), { timeout: 20_000 }).toBeGreaterThan(before);
  await expect(saveStatus(page)).toHaveAttribute("data-state", "saved");
}

async function serverInterview(page: Page, id: string) {
  const response = await page.request.get(`/api/interviews/${id}`);
  return ((await response.json()) as { interview: { status: string; version: number; notes: string; scene: unknown } })
    .interview;
}

test("a page on another port of the same host cannot submit the candidate's interview (item 1)", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Victim");
  const id = await startInterview(page);
  const app = new URL(test.info().project.use.baseURL!);
  // The attacker's page: same host, another port (so same site, and the cookie goes along).
  const attacker = `http://${app.hostname}:${Number(app.port) + 7}/attack`;
  await page.route(attacker, (route) => route.fulfill({ contentType: "text/html", body: "<p>Win a prize</p>" }));
  await page.goto(attacker);
  await page.evaluate(async (target) => {
    const body = '{"baseVersion":0,"scene":{"type":"excalidraw","elements":[{"id":"x","type":"text","text":"pwned"}]}}';
    // Chromium may also refuse the request itself (a network error); either way nothing is submitted.
    await fetch(target, {
      method: "POST",
      mode: "no-cors",
      credentials: "include",
      headers: { "content-type": "text/plain" },
      body,
    }).catch(() => undefined);
  }, `${app.origin}/api/interviews/${id}/submit`);
  const interview = await serverInterview(page, id);
  expect(interview.status).toBe("in_progress");
  expect(JSON.stringify(interview.scene)).not.toContain("pwned");
});

test("notes and labels with a NUL character save, without it (item 5)", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Nul");
  const id = await startInterview(page);
  await drawLabel(page, "nul-box", "Web\u0000 server");
  await page.getByRole("tab", { name: "Notes" }).click();
  await page.getByLabel("Interview notes").fill("Cache\u0000 first");
  await expectSavedAfter(page, 0);
  await expect.poll(async () => (await serverInterview(page, id)).notes).toBe("Cache first");
  expect(JSON.stringify((await serverInterview(page, id)).scene)).toContain('"text":"Web server"');
  await expect(saveStatus(page)).not.toHaveText(/Offline/);
});

test("a save whose answer was lost is retried without a conflict dialog (item 11)", async ({ page }) => {
  await signUp(page, "Lost");
  const id = await startInterview(page);
  // The first save reaches the server and commits, but its answer never comes back.
  let lost = false;
  await page.route("**/api/interviews/*/draft", async (route) => {
    if (lost) return route.continue();
    lost = true;
    await route.fetch();
    await route.abort("connectionreset");
  });
  await drawLabel(page, "first", "Web server");
  await expect(saveStatus(page)).toHaveText(/Offline/, { timeout: 20_000 });
  expect((await serverInterview(page, id)).version).toBe(1);
  await drawLabel(page, "second", "Redis cache", 200);
  await expectSavedAfter(page, 0);
  await expect(page.getByRole("dialog", { name: "This interview changed in another tab" })).toBeHidden();
  const server = await serverInterview(page, id);
  expect(server.version).toBeGreaterThanOrEqual(2);
  expect(JSON.stringify(server.scene)).toContain("Redis cache");
});

test("pages enforce a nonce-based CSP and a Permissions-Policy; a whole journey reports no violation (item 14)", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  const offHost: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.hostname !== "127.0.0.1") offHost.push(request.url());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`Refused (CSP): ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const landing = await page.goto("/");
  const policy = landing!.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(landing!.headers()["content-security-policy-report-only"]).toBeUndefined();
  expect(landing!.headers()["permissions-policy"]).toContain("camera=()");
  // Next.js's scripts ran (browsers hide a nonce from the DOM once the script ran).
  await expect.poll(() => page.evaluate(() => Boolean((window as { next?: unknown }).next))).toBe(true);

  // The policy is enforced, not just reported: injected markup's inline handler never runs.
  const injected = await page.evaluate(async () => {
    const image = document.createElement("img");
    image.setAttribute("onerror", "window.__injected = true");
    image.src = "/no-such-image.png";
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return Boolean((window as { __injected?: boolean }).__injected);
  });
  expect(injected).toBe(false);
  expect(violations.some((text) => /script-src-attr|script-src/.test(text))).toBe(true);
  violations.length = 0;

  // The pages with a board: Excalidraw's fonts come from /fonts, nothing else is asked for.
  await signUp(page, "Csp");
  const id = await startInterview(page);
  await drawLabel(page, "csp-box", "Load balancer");
  await drawLabel(page, "csp-korean", "캐시 서버", 200);
  await expectSavedAfter(page, 0);
  await page.goto(`/prompts/url-shortener`);
  await page.goto(`/interviews/${id}`);
  await waitForBoard(page);
  await expect(saveStatus(page)).toBeVisible();
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await page
    .getByRole("dialog", { name: "Submit your design?" })
    .getByRole("button", { name: "Submit for grading" })
    .click();
  await page.waitForURL(new RegExp(`/interviews/${id}/report$`));
  const [svg] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export the drawing as SVG" }).click(),
  ]);
  expect(await svg.failure()).toBeNull();
  await page.goto("/history");
  await page.goto("/dashboard");
  expect(violations).toEqual([]);
  expect(offHost).toEqual([]);
});

test("a signed-out visitor to /history is redirected to sign-in (item 15)", async ({ request }) => {
  const response = await request.get("/history", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/^\/sign-in\?callbackUrl=%2Fhistory/);
});
