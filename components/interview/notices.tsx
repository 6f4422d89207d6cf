"use client";

import { Alert } from "@/components/ui/alert";
import type { AutosaveState } from "@/lib/interviews/client/autosave";

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
  const status = state.status;
  const items: { key: string; tone: "info" | "warning" | "error"; text: string; dismiss?: () => void }[] = [];
  if (restored) {
    items.push({
      key: "restored",
      tone: "info",
      text: "Restored changes that were kept on this device and not yet saved. They are being saved now.",
      dismiss: onDismissRestored,
    });
  }
  if (status.kind === "too_large") items.push({ key: "too-large", tone: "error", text: status.message });
  else if (state.limit.level === "warn" && state.limit.message)
    items.push({ key: "limit", tone: "warning", text: state.limit.message });
  if (state.notice) items.push({ key: "notice", tone: "info", text: state.notice });
  if (status.kind === "error") items.push({ key: "error", tone: "error", text: `Not saved: ${status.message}` });

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
                  Dismiss
                </button>
              ) : null}
            </div>
          </Alert>
        </div>
      ))}
    </div>
  );
}
