"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback } from "react";
import type { LimitMeasure } from "@/lib/interviews/client/limits";

/**
 * Words for a drawing near or over the size limit (lib/interviews/client/limits.ts), in the
 * reader's language: counts with their grouping, sizes in megabytes with one decimal.
 */
export function useLimitText(): (measure: LimitMeasure | null, level?: "warn" | "over") => string {
  const t = useTranslations("interview");
  const locale = useLocale();
  return useCallback(
    (measure, level = "over") => {
      // Refused by the server, which says only that it is too large.
      if (!measure) return t("limits.serverTooLarge");
      const number =
        measure.what === "bytes"
          ? new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
          : new Intl.NumberFormat(locale);
      const scale = measure.what === "bytes" ? 1e6 : 1;
      const values = { value: number.format(measure.value / scale), limit: number.format(measure.limit / scale) };
      if (measure.what === "bytes")
        return level === "over" ? t("limits.overBytes", values) : t("limits.nearBytes", values);
      return level === "over" ? t("limits.overElements", values) : t("limits.nearElements", values);
    },
    [t, locale],
  );
}
