import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./accounts";

// The interview page in a real browser, against the production build (scripts/e2e-server.ts):
// drawing, autosave, the grader panel, reload, submit, the clock running out, a lost
// connection and two tabs editing one interview.

interface Box {
  id: string;
  x: number;
  y: number;
  label: string;
}

async function waitForBoard(page: Page) {
  await page.waitForFunction(() => Boolean(window.scaleboard?.excalidrawAPI), null, { timeout: 30_000 });
}

/** Starts an interview from the prompt page and returns its id, once the board is ready. */
async function startInterview(page: Page, slug: string): Promise<string> {
  await page.goto(`/prompts/${slug}`);
  const [started] = await Promise.all([
    page.waitForResponse(
      (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/api/interviews",
    ),
    page.getByRole("button", { name: "Start interview" }).click(),
  ]);
  const location = new URL(started.headers().location ?? "", page.url());
  const id = location.pathname.split("/").pop()!;
  expect(location.pathname).toBe(`/interviews/${id}`);
  expect(location.host).toBe(new URL(test.info().project.use.baseURL!).host);
  await page.waitForURL(new RegExp(`/interviews/${id}$`));
  await waitForBoard(page);
  return id;
}

/** Adds labelled boxes to the board through the exposed Excalidraw API, as a script would. */
async function draw(page: Page, boxes: Box[]) {
  await page.evaluate((shapes) => {
    const board = window.scaleboard!;
    const created = board.convertToExcalidrawElements(
      shapes.map((shape) => ({
        type: "rectangle" as const,
        id: shape.id,
        x: shape.x,
        y: shape.y,
        width: 180,
        height: 80,
        label: { text: shape.label },
      })),
      { regenerateIds: false },
    );
    board.excalidrawAPI.updateScene({
      elements: [...board.excalidrawAPI.getSceneElementsIncludingDeleted(), ...created],
    });
  }, boxes);
}

const boardTexts = (page: Page) =>
  page.evaluate(() =>
    window
      .scaleboard!.excalidrawAPI.getSceneElements()
      .filter((element) => element.type === "text")
      .map((element) => (element as unknown as { text: string }).text),
  );

const saveStatus = (page: Page) => page.getByTestId("save-status");
const savedVersion = async (page: Page) => Number(await saveStatus(page).getAttribute("data-version"));

/** Waits until a save newer than `before` has landed and the page says so. */
async function expectSavedAfter(page: Page, before: number) {
  await expect.poll(() => savedVersion(page), { timeout: 20_000 }).toBeGreaterThan(before);
  await expect(saveStatus(page)).toHaveAttribute("data-state", "saved");
  await expect(saveStatus(page)).toContainText(/Saved at \d{2}:\d{2}:\d{2}/);
}

/** A one-item .excalidrawlib, as a person might bring (version 2 format). */
const MY_LIBRARY = {
  type: "excalidrawlib",
  version: 2,
  source: "https://example.test",
  libraryItems: [
    {
      id: "my-gateway",
      status: "unpublished",
      created: 1,
      name: "My gateway",
      elements: [
        {
          id: "gw",
          type: "rectangle",
          x: 0,
          y: 0,
          width: 180,
          height: 80,
          angle: 0,
          strokeColor: "#1e1e1e",
          backgroundColor: "transparent",
          fillStyle: "solid",
          strokeWidth: 2,
          strokeStyle: "solid",
          roughness: 1,
          opacity: 100,
          groupIds: [],
          frameId: null,
          roundness: null,
          seed: 1,
          version: 1,
          versionNonce: 1,
          isDeleted: false,
          boundElements: null,
          updated: 1,
          link: null,
          locked: false,
        },
      ],
    },
  ],
};

interface ServerInterview {
  status: string;
  version: number;
  notes: string;
  scene: { elements: { type: string; text?: string; isDeleted?: boolean }[] };
}

async function serverInterview(page: Page, id: string): Promise<ServerInterview> {
  const response = await page.request.get(`/api/interviews/${id}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { interview: ServerInterview }).interview;
}

const sceneTexts = (scene: ServerInterview["scene"]) =>
  scene.elements
    .filter((element) => element.type === "text" && !element.isDeleted)
    .map((element) => element.text ?? "");

/** Every drawing the server kept for an interview (revisions), as lists of texts. */
async function revisionTexts(page: Page, id: string): Promise<{ reason: string; texts: string[] }[]> {
  const list = (await (await page.request.get(`/api/interviews/${id}/revisions`)).json()) as {
    revisions: { id: string; reason: string }[];
  };
  return Promise.all(
    list.revisions.map(async (revision) => {
      const body = (await (await page.request.get(`/api/interviews/${id}/revisions/${revision.id}`)).json()) as {
        revision: { scene: ServerInterview["scene"] };
      };
      return { reason: revision.reason, texts: sceneTexts(body.revision.scene) };
    }),
  );
}

test("a candidate draws, sees what the grader sees, reloads, and submits; nothing leaves 127.0.0.1", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Every request the interview page makes, from the moment it is opened.
  const offHost: string[] = [];
  const fonts: string[] = [];
  let onInterviewPage = false;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.isNavigationRequest() && url.hostname === "127.0.0.1" && url.pathname.startsWith("/interviews/"))
      onInterviewPage = true;
    if (!onInterviewPage) return;
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "127.0.0.1")
      offHost.push(request.url());
    if (url.pathname.startsWith("/fonts/")) fonts.push(url.pathname);
  });

  await signUp(page, "Ivy");
  const id = await startInterview(page, "warm-up-cache");
  await expect(page.getByRole("heading", { name: "Warm-up: put a cache in front of a database" })).toBeVisible();
  await expect(page.getByTestId("time-left")).toHaveText(/^0[45]:\d{2}$/);
  await expect(page.getByRole("meter", { name: "Interview progress" })).toHaveAttribute(
    "aria-valuetext",
    "Suggested phase: Requirements",
  );

  const before = await savedVersion(page);
  await draw(page, [
    { id: "app", x: 0, y: 0, label: "App server" },
    { id: "cache", x: 260, y: 0, label: "Redis cache" },
    { id: "db", x: 520, y: 0, label: "Postgres database" },
    { id: "lb", x: 0, y: 160, label: "로드밸런서" },
    { id: "odd", x: 260, y: 160, label: "Flux capacitor" },
  ]);
  await expectSavedAfter(page, before);

  // The live panel: recognised kinds (a Korean label included) and what is not recognised.
  await page.getByRole("tab", { name: /Grader view/ }).click();
  const panel = page.getByRole("tabpanel", { name: /Grader view/ });
  await expect(panel.getByRole("button", { name: "Select all Cache components on the board" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Select all Database components on the board" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Select all Load balancer components on the board" })).toBeVisible();
  await expect(panel.getByText("“Flux capacitor”")).toBeVisible();
  await expect(panel.getByText(/Use a palette item, or rename it/)).toBeVisible();
  await expect(panel.getByText(/score/i)).toHaveText(/The score comes only after you submit/);

  // Clicking an entry selects its elements on the board.
  await panel.getByRole("button", { name: "Select “Redis cache” on the board" }).click();
  await expect
    .poll(() => page.evaluate(() => Object.keys(window.scaleboard!.excalidrawAPI.getAppState().selectedElementIds)))
    .toContain("cache");

  // Importing a library: a bad file is refused with a reason, a good one is added.
  const libraryInput = page.getByTestId("library-file-input");
  await libraryInput.setInputFiles({
    name: "drawing.excalidraw",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ type: "excalidraw", version: 2, elements: [] })),
  });
  await expect(panel.getByText(/drawing\.excalidraw: This file is not an Excalidraw library/)).toBeVisible();
  await libraryInput.setInputFiles({
    name: "mine.excalidrawlib",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(MY_LIBRARY)),
  });
  await expect(panel.getByText("Added 1 item from mine.excalidrawlib to your library.")).toBeVisible();
  // The library opened, and the personal section now holds the imported item.
  await expect(page.getByText("Personal Library")).toBeVisible();
  await expect(page.getByText("No items added yet...")).toBeHidden();

  // Korean labels are drawn with the self-hosted CJK font.
  await expect.poll(() => fonts.some((path) => path.startsWith("/fonts/Xiaolai/"))).toBe(true);

  // A reload shows the drawing as saved.
  await page.reload();
  await waitForBoard(page);
  await expect
    .poll(() => boardTexts(page))
    .toEqual(expect.arrayContaining(["App server", "Redis cache", "Postgres database", "로드밸런서"]));
  await expect(saveStatus(page)).toHaveAttribute("data-state", "clean");

  // Submit: an accessible confirmation (focus inside, Esc closes), then the report.
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Submit your design?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep drawing" })).toBeFocused();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await dialog.getByRole("button", { name: "Submit for grading" }).click();
  await page.waitForURL(new RegExp(`/interviews/${id}/report$`));

  const submitted = await serverInterview(page, id);
  expect(submitted.status).toBe("submitted");
  expect(sceneTexts(submitted.scene)).toEqual(expect.arrayContaining(["Redis cache", "Postgres database"]));
  expect(offHost).toEqual([]);
});

test("when the clock runs out the page submits the drawing by itself and opens the report", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Ivy");
  const id = await startInterview(page, "e2e-one-minute");
  await expect(page.getByTestId("time-left")).toHaveText(/^0[01]:\d{2}$/);
  const before = await savedVersion(page);
  await draw(page, [
    { id: "web", x: 0, y: 0, label: "Web server" },
    { id: "db", x: 260, y: 0, label: "MySQL" },
  ]);
  await expectSavedAfter(page, before);
  // Drawn after the last autosave: it must ride along with the automatic submit.
  await page.getByRole("tab", { name: "Notes" }).click();
  await page.getByLabel("Interview notes").fill("Written in the last seconds");

  // The page says what it did before it opens the report.
  await expect(page.getByRole("alert").filter({ hasText: "Time is up" })).toContainText(
    "Your drawing was submitted automatically",
    {
      timeout: 90_000,
    },
  );
  await page.waitForURL(new RegExp(`/interviews/${id}/report$`));
  const interview = await serverInterview(page, id);
  // "submitted" (by the page), not "expired" (settled later by the server without it).
  expect(interview.status).toBe("submitted");
  expect(sceneTexts(interview.scene)).toEqual(expect.arrayContaining(["Web server", "MySQL"]));
  expect(interview.notes).toBe("Written in the last seconds");
});

test("with the connection lost the drawing is kept on the device, survives a reload, and is saved once back", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signUp(page, "Ivy");
  const id = await startInterview(page, "warm-up-cache");
  const before = await savedVersion(page);
  await draw(page, [{ id: "web", x: 0, y: 0, label: "Web server" }]);
  await expectSavedAfter(page, before);
  const online = await savedVersion(page);

  await page.route("**/api/interviews/*/draft", (route) => route.abort());
  await draw(page, [{ id: "cache", x: 260, y: 0, label: "Offline cache" }]);
  await expect(saveStatus(page)).toHaveText("Offline — kept on this device", { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Retry now" })).toBeVisible();

  // A reload while still offline opens the copy kept on this device, not the server's older one.
  await page.reload();
  await waitForBoard(page);
  await expect(page.getByText(/Restored changes that were kept on this device/)).toBeVisible();
  await expect.poll(() => boardTexts(page)).toEqual(expect.arrayContaining(["Web server", "Offline cache"]));
  await expect(saveStatus(page)).toHaveText("Offline — kept on this device", { timeout: 15_000 });
  expect(sceneTexts((await serverInterview(page, id)).scene)).not.toContain("Offline cache");

  await page.unroute("**/api/interviews/*/draft");
  await expectSavedAfter(page, online);
  expect(sceneTexts((await serverInterview(page, id)).scene)).toEqual(
    expect.arrayContaining(["Web server", "Offline cache"]),
  );

  // Saved: the next reload has nothing left to restore.
  await page.reload();
  await waitForBoard(page);
  await expect.poll(() => boardTexts(page)).toEqual(expect.arrayContaining(["Web server", "Offline cache"]));
  await expect(page.getByText(/Restored changes/)).toBeHidden();
});

test("two tabs editing one interview reach a conflict, resolve it either way, and lose nothing", async ({
  context,
}) => {
  test.setTimeout(90_000);
  const first = await context.newPage();
  await signUp(first, "Ivy");
  const id = await startInterview(first, "warm-up-cache");
  const second = await context.newPage();
  await second.goto(`/interviews/${id}`);
  await waitForBoard(second);

  // The first tab saves; the second, still on the old version, then saves too.
  await draw(first, [{ id: "a-cache", x: 0, y: 0, label: "Redis cache" }]);
  await expectSavedAfter(first, 0);
  await draw(second, [{ id: "b-db", x: 0, y: 200, label: "MySQL database" }]);
  const conflict = second.getByRole("dialog", { name: "This interview changed in another tab" });
  await expect(conflict).toBeVisible();
  await expect(saveStatus(second)).toHaveText("Conflict");
  // A choice is required: Esc does not make it go away.
  await second.keyboard.press("Escape");
  await expect(conflict).toBeVisible();

  // "Keep mine" in the second tab: its drawing wins on the server …
  const firstVersion = await savedVersion(first);
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expectSavedAfter(second, firstVersion);
  await expect(conflict).toBeHidden();
  let server = await serverInterview(first, id);
  expect(sceneTexts(server.scene)).toEqual(["MySQL database"]);
  // … and the first tab's drawing is still in the interview's history.
  expect((await revisionTexts(first, id)).some((revision) => revision.texts.includes("Redis cache"))).toBe(true);

  // The first tab edits again, meets the conflict, and takes the other tab's version.
  await draw(first, [{ id: "a-queue", x: 300, y: 0, label: "Kafka queue" }]);
  const firstConflict = first.getByRole("dialog", { name: "This interview changed in another tab" });
  await expect(firstConflict).toBeVisible();
  await firstConflict.getByRole("button", { name: "Use the other tab's" }).click();
  await expect(firstConflict).toBeHidden();
  await expect.poll(() => boardTexts(first)).toEqual(["MySQL database"]);
  await expect(saveStatus(first)).toHaveAttribute("data-state", "saved");
  expect(await savedVersion(first)).toBe(server.version);

  // Nothing was saved over the chosen version, and the discarded edit is kept as a revision.
  server = await serverInterview(first, id);
  expect(sceneTexts(server.scene)).toEqual(["MySQL database"]);
  const history = await revisionTexts(first, id);
  expect(history.some((revision) => revision.reason === "conflict" && revision.texts.includes("Kafka queue"))).toBe(
    true,
  );
});
