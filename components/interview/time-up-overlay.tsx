import { useTranslations } from "next-intl";
import { Spinner } from "@/components/ui/spinner";
import type { SubmitState } from "./hooks/use-submit";

/**
 * Covers the board once time has run out, so nobody keeps drawing what will not be graded,
 * and says what the page is doing about it.
 */
export function TimeUpOverlay({ state }: { state: SubmitState }) {
  const t = useTranslations("interview");
  const done = state.kind === "done";
  return (
    <div className="absolute inset-0 z-20 flex items-center justify-center bg-white/70 backdrop-blur-[1px]">
      <div
        role="alert"
        className="w-[min(26rem,calc(100%-2rem))] rounded-xl border border-slate-200 bg-white p-6 text-center shadow-xl"
      >
        <p className="text-sm font-semibold tracking-wide text-red-700 uppercase">{t("timeUp.eyebrow")}</p>
        <h2 className="mt-2 text-lg font-semibold text-slate-900">
          {done ? t("timeUp.submitted") : t("timeUp.submitting")}
        </h2>
        <p className="mt-2 flex items-center justify-center gap-2 text-sm text-slate-600">
          <Spinner />
          {done ? t("timeUp.opening") : t("timeUp.lastChanges")}
        </p>
      </div>
    </div>
  );
}
