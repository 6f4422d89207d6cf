import { z } from "zod";
import { LOCALES } from "./locales";

export const localeSchema = z.enum(LOCALES, { error: "Choose English (en) or Korean (ko)." });

/** The language switcher's form. */
export const localeFormSchema = z.object({ locale: localeSchema });
