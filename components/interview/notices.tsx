"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { AutosaveState } from "@/lib/interviews/client/autosave";
import { useLimitText } from "./use-limit-text";

/**
 * Messages that need more room than the save status: a drawing near or over the size limit,
 * a save the server refused, a drawing restored from this device.
 */
export function Notices({
  state,
  restored,
  onDismissRestored,
}: {
  state: AutosaveState;
  restored: boolean;
  onDismissRestored: () => void;
}) {
  const t = useTranslations("interview");
  const limitText = useLimitText();
  const status = state.status;
  const items: { key: string; tone: "info" | "warning" | "error"; text: string; dismiss?: () => void }[] = [];
  if (restored) {
    items.push({ key: "restored", tone: "info", text: t("notices.restored"), dismiss: onDismissRestored });
  }
  if (status.kind === "too_large") items.push({ key: "too-large", tone: "error", text: limitText(status.measure) });
  else if (state.limit.level === "warn" && state.limit.measure)
    items.push({ key: "limit", tone: "warning", text: limitText(state.limit.measure, "warn") });
  // The server's only notice on a save: the replay history is full (lib/interviews/draft.ts).
  if (state.notice) items.push({ key: "notice", tone: "info", text: t("notices.revisionQuota") });
  if (status.kind === "error")
    items.push({
      key: "error",
      tone: "error",
      text: t("notices.notSaved", { reason: t(`refusals.${status.reason}`) }),
    });

  return (
    <div aria-live="polite" className="empty:hidden">
      {items.map((item) => (
        <div key={item.key} className="border-b border-slate-200 bg-white px-4 py-2">
          <Alert tone={item.tone} className="py-2">
            <div className="flex items-start justify-between gap-4">
              <span>{item.text}</span>
              {item.dismiss ? (
                <button
                  type="button"
                  onClick={item.dismiss}
                  className="shrink-0 text-xs font-medium underline underline-offset-2"
                >
                  {t("notices.dismiss")}
                </button>
              ) : null}
            </div>
          </Alert>
        </div>
      ))}
    </div>
  );
}
