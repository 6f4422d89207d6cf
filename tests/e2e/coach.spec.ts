import { expect, test, type Page } from "@playwright/test";
import { signUp } from "./accounts";

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
