// Accounts the browser-test server creates on its fresh database (scripts/e2e-server.ts) for
// the specs to sign in as. Sign-up only makes candidates, and the first admin of any install
// comes from the command line, so the specs' admin is made here; an admin then grants the
// mentor role through the admin API, as on a real install.
export const E2E_ADMIN = {
  email: "admin@e2e.scaleboard.test",
  password: "an admin passphrase for the browser tests",
  name: "Ada Admin",
} as const;
