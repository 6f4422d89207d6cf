import type { Database } from "@/lib/db/client";

interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  email: string | null;
  name: string | null;
}

/**
 * Finds or creates the user behind an OAuth identity. An identity is linked to an existing
 * account with the same email, since GitHub and Google only hand out verified addresses.
 */
export async function linkOAuthAccount(db: Database, identity: OAuthIdentity) {
  const existing = await db.oAuthAccount.findUnique({
    where: {
      provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId },
    },
    include: { user: true },
  });
  if (existing) return existing.user;
  if (!identity.email) return null;
  const email = identity.email.toLowerCase();
  const user = await db.user.upsert({
    where: { email },
    update: {},
    create: { email, name: identity.name?.trim() || email.split("@")[0]! },
  });
  await db.oAuthAccount.create({
    data: { userId: user.id, provider: identity.provider, providerAccountId: identity.providerAccountId },
  });
  return user;
}
