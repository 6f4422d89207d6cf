"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type ChangeEvent } from "react";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LibraryFileError, parseLibraryFile, type LibraryProblem } from "@/lib/palette";

type Message = { tone: "success" | "error"; text: string };

/** Why a file is not a library, in the reader's language (the error's message is the English one). */
function refusalText(t: ReturnType<typeof useTranslations<"interview">>, file: string, problem: LibraryProblem) {
  switch (problem.code) {
    case "too_large":
      return t("palette.refused.too_large", { file, max: problem.max / 1e6 });
    case "wrong_type":
      return t("palette.refused.wrong_type", { file, type: problem.type });
    case "wrong_version":
      return t("palette.refused.wrong_version", { file, version: problem.version });
    case "too_many_items":
      return t("palette.refused.too_many_items", { file, count: problem.count, max: problem.max });
    case "too_many_elements":
      return t("palette.refused.too_many_elements", { file, max: problem.max });
    case "nothing_drawable":
      return t("palette.refused.nothing_drawable", { file, count: problem.count });
    case "malformed":
      return t("palette.refused.malformed", { file, where: problem.where });
    default:
      return t(`palette.refused.${problem.code}`, { file });
  }
}

/**
 * The palette lives in Excalidraw's library; this opens it and imports a person's own
 * .excalidrawlib, refusing a bad file with a message that says what is wrong.
 */
export function PaletteSection({ api, paletteCount }: { api: ExcalidrawImperativeAPI | null; paletteCount: number }) {
  const t = useTranslations("interview");
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const openPalette = () => api?.toggleSidebar({ name: "default", tab: "library", force: true });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file || !api) return;
    setBusy(true);
    setMessage(null);
    try {
      const items = parseLibraryFile(await file.text());
      if (items.length === 0) {
        setMessage({ tone: "error", text: t("palette.noItems", { file: file.name }) });
        return;
      }
      await api.updateLibrary({ libraryItems: items, merge: true, openLibraryMenu: true });
      setMessage({ tone: "success", text: t("palette.added", { count: items.length, file: file.name }) });
    } catch (error) {
      if (!(error instanceof LibraryFileError)) {
        setMessage({ tone: "error", text: t("palette.unreadable", { file: file.name }) });
        return;
      }
      setMessage({ tone: "error", text: refusalText(t, file.name, error.problem) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="palette-title" className="space-y-3 border-t border-slate-200 pt-5">
      <h3 id="palette-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t("palette.title")}
      </h3>
      <p id={hintId} className="text-sm leading-relaxed text-slate-600">
        {t("palette.hint", { count: paletteCount })}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={openPalette} disabled={!api}>
          {t("palette.open")}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => input.current?.click()}
          disabled={!api}
          pending={busy}
          aria-describedby={hintId}
        >
          {t("palette.import")}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".excalidrawlib,application/vnd.excalidrawlib+json,application/json"
          className="sr-only"
          tabIndex={-1}
          aria-label={t("palette.importLabel")}
          onChange={onFile}
          data-testid="library-file-input"
        />
      </div>
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
    </section>
  );
}
