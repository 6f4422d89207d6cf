// One JSON file per namespace and language, so screens keep their words apart. Both languages
// list the same namespaces; tests/unit/i18n/catalogues.test.ts checks that every key and every
// ICU argument of one is in the other.
import enAdmin from "./en/admin.json";
import enAuth from "./en/auth.json";
import enCoach from "./en/coach.json";
import enCommon from "./en/common.json";
import enDashboard from "./en/dashboard.json";
import enHistory from "./en/history.json";
import enInterview from "./en/interview.json";
import enMarketing from "./en/marketing.json";
import enMentor from "./en/mentor.json";
import enNav from "./en/nav.json";
import enPrompts from "./en/prompts.json";
import enReading from "./en/reading.json";
import enReport from "./en/report.json";
import enReviews from "./en/reviews.json";
import koAdmin from "./ko/admin.json";
import koAuth from "./ko/auth.json";
import koCoach from "./ko/coach.json";
import koCommon from "./ko/common.json";
import koDashboard from "./ko/dashboard.json";
import koHistory from "./ko/history.json";
import koInterview from "./ko/interview.json";
import koMarketing from "./ko/marketing.json";
import koMentor from "./ko/mentor.json";
import koNav from "./ko/nav.json";
import koPrompts from "./ko/prompts.json";
import koReading from "./ko/reading.json";
import koReport from "./ko/report.json";
import koReviews from "./ko/reviews.json";
import type { Locale } from "../locales";

const en = {
  admin: enAdmin,
  auth: enAuth,
  coach: enCoach,
  common: enCommon,
  dashboard: enDashboard,
  history: enHistory,
  interview: enInterview,
  marketing: enMarketing,
  mentor: enMentor,
  nav: enNav,
  prompts: enPrompts,
  reading: enReading,
  report: enReport,
  reviews: enReviews,
};

/** The English catalogue's shape is the type of every catalogue (see global.d.ts). */
export type Messages = typeof en;

const ko: Messages = {
  admin: koAdmin,
  auth: koAuth,
  coach: koCoach,
  common: koCommon,
  dashboard: koDashboard,
  history: koHistory,
  interview: koInterview,
  marketing: koMarketing,
  mentor: koMentor,
  nav: koNav,
  prompts: koPrompts,
  reading: koReading,
  report: koReport,
  reviews: koReviews,
};

export const MESSAGES: Record<Locale, Messages> = { en, ko };
