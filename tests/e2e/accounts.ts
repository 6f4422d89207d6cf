import { expect, type Page } from "@playwright/test";

/** A fresh account's details; the prefix is the name's first word and the email's local part. */
export function newAccount(prefix: string) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    name: `${prefix} ${id}`,
    email: `${prefix.toLowerCase()}-${id}@example.test`,
    password: "a long enough passphrase",
  };
}

/** Signs a fresh account up through the sign-up page and waits for the dashboard. */
export async function signUp(page: Page, prefix: string) {
  const account = newAccount(prefix);
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  // Password hashing on a cold, busy two-core server can take a while: allow it.
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 });
  return account;
}

/** Signs an existing account in through the sign-in page and waits for the dashboard. */
export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 });
}
