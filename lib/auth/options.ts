import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/startup/database";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import { linkOAuthAccount } from "@/lib/auth/oauth-users";
import { clientAddress } from "@/lib/http/client-address";

// Roles are carried in the JWT (the web tier keeps no session state) and re-read from the
// database at most this often, so a role granted by an admin reaches the user quickly.
const ROLE_REFRESH_MS = 60_000;

function providers(): NextAuthOptions["providers"] {
  const { oauth } = getEnv();
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const db = await getDb();
        // A thrown error's message reaches the sign-in form as `error` (the lock-out notice).
        return authenticateWithPassword(db, credentials, clientAddress(request?.headers ?? {}));
      },
    }),
  ];
  if (oauth.github) list.push(GitHubProvider(oauth.github));
  if (oauth.google) list.push(GoogleProvider(oauth.google));
  return list;
}

function buildAuthOptions(): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.auth.secret,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: providers(),
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        const db = await getDb();
        const linked = await linkOAuthAccount(db, {
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email ?? profile?.email ?? null,
          name: user.name ?? profile?.name ?? null,
        });
        if (!linked) return "/sign-in?error=OAuthEmailMissing";
        user.id = linked.id;
        return true;
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.roleCheckedAt = 0;
        }
        if (token.uid && Date.now() - (token.roleCheckedAt ?? 0) > ROLE_REFRESH_MS) {
          const db = await getDb();
          const current = await db.user.findUnique({
            where: { id: token.uid },
            select: { role: true, name: true, email: true },
          });
          if (!current) return { ...token, uid: undefined, role: undefined };
          token.role = current.role;
          token.name = current.name;
          token.email = current.email;
          token.roleCheckedAt = Date.now();
        }
        return token;
      },
      session({ session, token }) {
        if (token.uid && token.role) {
          session.user = { id: token.uid, email: token.email ?? "", name: token.name ?? "", role: token.role };
        }
        return session;
      },
    },
  };
}

let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}
