"use server";

import { cookies } from "next/headers";
import { sessionUserId } from "@/lib/auth/session";
import { formAction, type FormState } from "@/lib/http/action";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "./locales";
import { localeFormSchema } from "./schemas";

export type LocaleFormState = FormState;

/**
 * The language switcher (public: visitors choose too). The choice goes in a cookie, which
 * outlives the session, and on a signed-in user's account, so it follows them to other devices.
 */
export const setLocaleAction = formAction(
  { auth: "public", input: localeFormSchema, invalidMessage: "Choose English or 한국어." },
  async ({ db, input }) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, {
      path: "/",
      maxAge: LOCALE_COOKIE_MAX_AGE,
      sameSite: "lax",
    });
    const userId = await sessionUserId();
    if (userId) await db.user.updateMany({ where: { id: userId }, data: { locale: input.locale } });
    return { message: `Language set to ${input.locale}.` };
  },
);
