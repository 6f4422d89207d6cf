import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo";
import { demoReviewScene } from "@/lib/reviews/demo";
import { E2E_ADMIN } from "../support/e2e-accounts";
import { signIn, signUp } from "./accounts";

// An admin assigns a review from the queue with the keyboard; the mentor it goes to finds it
// in their workspace with the candidate's notes, the interview's chat with the AI
// interviewer, and the comment threads counted on each finding, as the candidate's report does.

const mentorAccount = DEMO_ACCOUNTS.find((account) => account.role === "mentor")!;

test("an admin assigns a review; the mentor's workspace shows the candidate's notes, the chat and thread counts", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signUp(page, "Nadia");
  const started = await page.request.post("/api/interviews", { data: { promptSlug: "scale-to-millions" } });
  const { id } = (await started.json()) as { id: string };
  // A message to the AI interviewer (the loopback model server answers), kept with the interview.
  const chat = await page.request.post(`/api/interviews/${id}/coach/chat`, {
    data: { message: "Is the traffic read-heavy?" },
  });
  expect(chat.status()).toBe(200);
  const submitted = await page.request.post(`/api/interviews/${id}/submit`, {
    data: { baseVersion: 0, scene: demoReviewScene(), notes: "Reads dominate; one region for now." },
  });
  expect(submitted.status()).toBe(200);
  expect((await page.request.post(`/api/interviews/${id}/review`, { data: { note: "Enough?" } })).status()).toBe(201);

  // The admin hands it to the demo mentor from the queue, with the keyboard alone.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, E2E_ADMIN);
  await admin.goto("/mentor");
  await admin.waitForLoadState("networkidle");
  const row = admin.locator(`tr[data-interview-id="${id}"]`);
  const select = row.getByLabel("Assign to");
  await select.focus();
  await select.selectOption({ label: "Minho Mentor" });
  await admin.keyboard.press("Tab");
  await expect(row.getByRole("button", { name: "Assign" })).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(row.getByRole("status")).toHaveText("Assigned to Minho Mentor.");
  // The queue shows the new holder, and the control now reassigns.
  await expect(row).toContainText("Minho Mentor");
  await expect(row.getByLabel("Reassign to")).toBeVisible();
  // Refused with its reason, not silently: the review cannot go to the candidate's own account,
  // so the candidate is not among the choices; choosing nobody says so.
  await row.getByRole("button", { name: "Reassign" }).click();
  await expect(row.getByRole("alert")).toHaveText("Choose a mentor first.");
  await adminContext.close();

  // The mentor holds it and reads the candidate's side of the interview.
  const mentorContext = await browser.newContext();
  const mentor = await mentorContext.newPage();
  await signIn(mentor, mentorAccount);
  await mentor.goto(`/mentor/reviews/${id}`);
  await expect(mentor.getByTestId("review-state")).toContainText("You hold this review");
  await expect(mentor.getByRole("region", { name: "Candidate's notes" })).toContainText("Reads dominate");
  await expect(mentor.getByRole("region", { name: "Your notes" })).toHaveCount(0);
  const transcript = mentor.getByRole("region", { name: "Interview chat" });
  await expect(transcript).toContainText("Is the traffic read-heavy?");
  await expect(transcript).toContainText("Interviewer");
  await expect(transcript.getByRole("textbox")).toHaveCount(0);

  // A thread on a failing rule is counted on its finding, on both sides.
  const failing = mentor.getByRole("list", { name: "Fail rules" }).locator("[data-rule-id]").first();
  const ruleId = (await failing.getAttribute("data-rule-id"))!;
  await expect(failing.getByTestId("finding-threads")).toHaveCount(0);
  const posted = await mentor.request.post(`/api/interviews/${id}/comments`, {
    data: { body: "Say what happens when this fails.", ruleId },
  });
  expect(posted.status()).toBe(201);
  const count = failing.getByTestId("finding-threads");
  await expect(count).toHaveText(/1 comment thread/, { timeout: 5_000 });
  await count.click();
  await expect(mentor.locator('[data-testid="thread"][class*="ring-2"]')).toContainText("Say what happens");

  await page.goto(`/interviews/${id}/report`);
  await expect(page.locator(`[data-rule-id="${ruleId}"]`).getByTestId("finding-threads")).toHaveText(
    /1 comment thread/,
  );
  await expect(page.getByRole("region", { name: "Your notes" })).toContainText("Reads dominate");
  await mentorContext.close();
});
