import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/startup/database";
import { cookies } from "next/headers";
import { authenticateWithPassword, SignInThrottledError } from "@/lib/auth/credentials";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from "@/lib/auth/device";
import { linkOAuthAccount } from "@/lib/auth/oauth-users";
import { SIGN_IN_UNAVAILABLE } from "@/lib/auth/sign-in-codes";
import { clientAddress } from "@/lib/http/client-address";

// Roles are carried in the JWT (the web tier keeps no session state) and re-read from the
// database at most this often, so a role granted by an admin reaches the user quickly.
const ROLE_REFRESH_MS = 60_000;

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return null;
}

/** Keeps this browser's device cookie for the account just signed in to (lib/auth/device.ts). */
async function rememberDevice(token: string) {
  try {
    (await cookies()).set(DEVICE_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: getEnv().auth.url?.startsWith("https://") ?? false,
      path: "/api/auth",
      maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
    });
  } catch (error) {
    // Signing in matters more than remembering the device.
    console.error("[scaleboard] could not set the device cookie:", error);
  }
}

function providers(): NextAuthOptions["providers"] {
  const { oauth } = getEnv();
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const headers = request?.headers ?? {};
        try {
          const db = await getDb();
          const cookie = (headers as Record<string, string | undefined>).cookie;
          const deviceToken = readCookie(cookie, DEVICE_COOKIE);
          const signedIn = await authenticateWithPassword(db, credentials, {
            address: clientAddress(headers),
            deviceToken,
          });
          if (!signedIn) return null;
          const { deviceToken: token, ...user } = signedIn;
          if (token !== deviceToken) await rememberDevice(token);
          return user;
        } catch (error) {
          // A thrown error's message reaches the sign-in form as `error`, which words its code:
          // the lock-out with its wait; anything else (a database error) is logged, never shown.
          if (error instanceof SignInThrottledError) throw new Error(error.code);
          console.error("[scaleboard] sign-in failed:", error);
          throw new Error(SIGN_IN_UNAVAILABLE);
        }
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
