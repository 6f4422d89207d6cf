import { expect, test } from "@playwright/test";
import { newAccount, signUp } from "./accounts";

test("a visitor signs up, signs out and signs back in through the real pages", async ({ page }) => {
  const account = newAccount("Tess");

  await page.goto("/");
  await page
    .getByRole("link", { name: /get started/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sign-up/);
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 }); // bcrypt on a busy two-core server
  await expect(page.getByText(account.name).first()).toBeVisible();
  await expect(page.getByText(/no interviews yet/i)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: /sign in/i }).first()).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);

  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 }); // bcrypt on a busy two-core server
  await expect(page.getByText(account.name).first()).toBeVisible();
});

test("sign-in with a wrong password says so and stays on the page", async ({ page }) => {
  const account = await signUp(page, "Tess");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: /sign in/i }).first()).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not the right one");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("sign-up refuses a taken email and a weak password with clear messages", async ({ page }) => {
  const account = newAccount("Tess");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/too common/i)).toBeVisible();
  // The form keeps what was typed.
  await expect(page.getByLabel("Email")).toHaveValue(account.email);

  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 }); // bcrypt on a busy two-core server
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: /sign in/i }).first()).toBeVisible();

  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone else");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("another long passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/already exists/i).first()).toBeVisible();
});

test("health answers over HTTP with the database mode", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
});
