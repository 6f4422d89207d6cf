import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./accounts";
import { drawSkeletons, expectSavedAfter, savedVersion, startInterview, submitFromBoard } from "./whiteboard";

// The AI coach in a real browser: probes and the interviewer chat during an interview, then
// the coach's feedback on the report. The app talks to the loopback model server that
// scripts/e2e-server.ts starts; what it received is read back from its /__requests.

const modelURL = `http://127.0.0.1:${process.env.E2E_MODEL_PORT}`;

interface Received {
  body: { messages: { content: string }[]; response_format?: { json_schema?: { name: string } } };
}

async function received(page: Page): Promise<Received[]> {
  const response = await page.request.get(`${modelURL}/__requests`);
  return (await response.json()) as Received[];
}

/** Requests of this test's interview: the server is shared by every test of the run. */
const mine = (requests: Received[], marker: string) =>
  requests.filter((request) => request.body.messages.some((message) => message.content.includes(marker)));

async function startWarmUp(page: Page): Promise<string> {
  await page.goto("/prompts/warm-up-cache");
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.waitForURL(/\/interviews\/[a-z0-9]+$/);
  await page.waitForFunction(() => Boolean(window.scaleboard?.excalidrawAPI), null, { timeout: 30_000 });
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function draw(page: Page, boxes: { id: string; x: number; label: string }[]) {
  await page.evaluate((shapes) => {
    const board = window.scaleboard!;
    const created = board.convertToExcalidrawElements(
      shapes.map((shape) => ({
        type: "rectangle" as const,
        id: shape.id,
        x: shape.x,
        y: 0,
        width: 180,
        height: 80,
        label: { text: shape.label },
      })),
      { regenerateIds: false },
    );
    board.excalidrawAPI.updateScene({ elements: [...board.excalidrawAPI.getSceneElements(), ...created] });
  }, boxes);
}

test("the interviewer probes the drawing and chats; the report's coach feedback points at it", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, "Coach");
  const id = await startWarmUp(page);
  // A label unique to this test finds its requests on the shared model server.
  const marker = `Orders DB ${id.slice(-6)}`;
  await draw(page, [
    { id: "web", x: 0, label: "Web server" },
    { id: "db", x: 400, label: marker },
  ]);

  // Probes: no model involved, pointed at the database.
  await page.getByRole("tab", { name: "Interviewer" }).click();
  const probe = page.getByTestId("probe").and(page.locator('[data-rule="database-replication"]'));
  await expect(probe).toContainText(`What happens to writes when “${marker}” fails?`);
  await probe.getByRole("button").click();
  const selected = () =>
    page.evaluate(() => Object.keys(window.scaleboard!.excalidrawAPI.getAppState().selectedElementIds));
  await expect.poll(selected).toContain("db");
  await page.getByRole("button", { name: "한국어" }).click();
  await expect(probe).toContainText("쓰기 요청은 어떻게 되나요?");

  // The chat: the reply streams in from the model server, and both messages survive a reload.
  const input = page.getByLabel("Message to the interviewer");
  await input.fill("Should product updates be visible at once?");
  await input.press("Enter");
  const messages = page.getByTestId("chat-message");
  await expect(messages.last()).toHaveText(/Interviewer: What happens to requests when "Web server" goes down\?/);
  const chatRequests = mine(await received(page), marker);
  expect(chatRequests).toHaveLength(1);
  expect(chatRequests[0]!.body.messages.at(-1)!.content).toBe("Should product updates be visible at once?");
  await page.reload();
  await page.getByRole("tab", { name: "Interviewer" }).click();
  await expect(page.getByTestId("chat-message")).toHaveCount(2);

  // Submit, then ask for the coach's feedback on the report.
  await page.waitForFunction(() => Boolean(window.scaleboard?.excalidrawAPI), null, { timeout: 30_000 });
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit for grading" }).click();
  await page.waitForURL(new RegExp(`/interviews/${id}/report$`));
  const coach = page.getByTestId("coach-feedback");
  await coach.getByRole("button", { name: "Get the coach's feedback" }).click();
  await expect(coach.getByTestId("coach-fix")).toHaveCount(3);
  await expect(coach).toContainText("A clear start with 2 components");
  await expect(coach).toContainText("e2e-model · feedback-3");

  // A fix points at the drawing, as a finding does (the cache one is about something missing).
  await coach.getByTestId("coach-fix").filter({ hasText: "Fix database-replication" }).getByRole("button").click();
  await expect(page.getByTestId("highlight-status")).toContainText("highlighted in the drawing");

  // What the model saw: the graph, not the scene; the transcript is on the report too.
  await coach.getByText("What the model sees").click();
  await expect(coach.locator("pre")).toContainText(marker);
  await expect(coach.locator("pre")).not.toContainText("strokeColor");
  await page
    .getByTestId("coach-transcript")
    .getByText(/Interview chat \(2 messages\)/)
    .click();
  await expect(page.getByTestId("coach-transcript")).toContainText("Should product updates be visible at once?");

  // Shown again after a reload without another call.
  const calls = mine(await received(page), marker).length;
  expect(calls).toBe(2);
  await page.reload();
  await expect(page.getByTestId("coach-fix")).toHaveCount(3);
  expect(mine(await received(page), marker)).toHaveLength(calls);
  await expect(page.getByRole("button", { name: "Regenerate" })).toBeVisible();
});

test("the coach suggests kinds for labels the grader did not recognise; accepting one tags it as the picker does", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUp(page, "Suggest");
  const id = await startInterview(page, "warm-up-cache");
  // Words the engine does not know; the loopback model server places "Pulsr" and "Redix"
  // (tests/support/coach-responder.ts). The marker finds this test's request on the shared server.
  const marker = `Thingamajig ${id.slice(-6)}`;
  const label = (boxId: string, x: number, text: string) => ({
    type: "rectangle",
    id: boxId,
    x,
    y: 0,
    width: 180,
    height: 80,
    label: { text },
  });
  const before = await savedVersion(page);
  await drawSkeletons(page, [
    label("web", 0, "Web server"),
    label("mq", 300, "Pulsr"),
    label("kv", 600, "Redix"),
    label("odd", 900, marker),
  ]);
  await expectSavedAfter(page, before);

  await page.getByRole("tab", { name: /Grader view/ }).click();
  const panel = page.getByRole("tabpanel", { name: /Grader view/ });
  const unrecognised = panel.getByRole("region", { name: /Not recognised/ });
  await expect(unrecognised).toContainText("“Pulsr”");
  await unrecognised.getByRole("button", { name: "Suggest kinds" }).click();
  const suggestions = unrecognised.getByTestId("label-suggestion");
  await expect(suggestions).toHaveCount(2);
  await expect(suggestions.filter({ hasText: "Pulsr" })).toContainText("“Pulsr” → Message queue?");
  await expect(suggestions.filter({ hasText: "Redix" })).toContainText("“Redix” → Cache?");

  // Only the unrecognised labels went to the model: no other label, nothing of the scene.
  const sent = mine(await received(page), marker);
  expect(sent).toHaveLength(1);
  const content = sent[0]!.body.messages.map((message) => message.content).join("\n");
  expect(sent[0]!.body.response_format?.json_schema?.name).toBe("label_suggestions");
  expect(content).toContain('"elementId":"mq","text":"Pulsr"');
  expect(content).not.toMatch(/Web server|strokeColor|"x":/);

  // Dismissed, a suggestion goes and the label stays as it was.
  await suggestions
    .filter({ hasText: "Redix" })
    .getByRole("button", { name: /Dismiss/ })
    .click();
  await expect(suggestions).toHaveCount(1);
  await expect(unrecognised).toContainText("“Redix”");

  // Accepted, the box is tagged as the "This is a…" picker tags it, and the grader reads it so.
  const saved = await savedVersion(page);
  await suggestions.getByRole("button", { name: "Accept: “Pulsr” is a Message queue" }).click();
  const tagOf = () =>
    page.evaluate(() => window.scaleboard!.excalidrawAPI.getSceneElements().find((e) => e.id === "mq")?.customData);
  await expect.poll(tagOf).toEqual({ kind: "message_queue", taggedBy: "hand" });
  await expect(panel.getByRole("button", { name: "Select all Message queue components on the board" })).toBeVisible();
  await expect(panel.getByRole("listitem").filter({ hasText: "Pulsr" }).getByTestId("reading")).toHaveText(
    "You tagged it as a message queue.",
  );
  await expect(panel.getByTestId("reading-status")).toHaveText(/“Pulsr” is now tagged as Message queue/);
  await expect(unrecognised).not.toContainText("Pulsr");
  await expectSavedAfter(page, saved);

  // Undo takes it back like any edit; accepting again puts it back.
  await page.mouse.click(900, 700);
  await page.keyboard.press("Control+z");
  await expect.poll(tagOf).toEqual({});
  await expect(unrecognised).toContainText("“Pulsr”");
  await unrecognised.getByRole("button", { name: "Accept: “Pulsr” is a Message queue" }).click();
  await expect.poll(tagOf).toEqual({ kind: "message_queue", taggedBy: "hand" });

  // Submitted, the engine grades the tagged drawing: the report lists "Pulsr" as a message queue.
  await submitFromBoard(page, id);
  const recognised = page.getByRole("region", { name: "Recognised components" });
  await expect(recognised.getByRole("button", { name: /Pulsr/ })).toContainText("tagged by hand");
  await expect(recognised).toContainText("Message queue");
  // One ask, one call.
  expect(mine(await received(page), marker)).toHaveLength(1);
});
