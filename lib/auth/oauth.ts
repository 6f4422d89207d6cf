import { getEnv } from "@/lib/config/env";

export interface OAuthProviderInfo {
  id: "github" | "google";
  name: string;
}

/** The OAuth providers whose credentials are configured; the sign-in page shows only these. */
export function enabledOAuthProviders(): OAuthProviderInfo[] {
  const { oauth } = getEnv();
  const list: OAuthProviderInfo[] = [];
  if (oauth.github) list.push({ id: "github", name: "GitHub" });
  if (oauth.google) list.push({ id: "google", name: "Google" });
  return list;
}
