"use client";

import { useId, useRef, useState, type ChangeEvent } from "react";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { parseLibraryFile } from "@/lib/palette";

type Message = { tone: "success" | "error"; text: string };

/**
 * The palette lives in Excalidraw's library; this opens it and imports a person's own
 * .excalidrawlib, refusing a bad file with a message that says what is wrong.
 */
export function PaletteSection({ api, paletteCount }: { api: ExcalidrawImperativeAPI | null; paletteCount: number }) {
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
      if (items.length === 0) throw new Error("This library has no items.");
      await api.updateLibrary({ libraryItems: items, merge: true, openLibraryMenu: true });
      setMessage({
        tone: "success",
        text: `Added ${items.length} item${items.length === 1 ? "" : "s"} from ${file.name} to your library.`,
      });
    } catch (error) {
      setMessage({
        tone: "error",
        text: `${file.name}: ${error instanceof Error ? error.message : "could not be read."}`,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="palette-title" className="space-y-3 border-t border-slate-200 pt-5">
      <h3 id="palette-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        Palette
      </h3>
      <p id={hintId} className="text-sm leading-relaxed text-slate-600">
        {paletteCount} system-design components (with English and Korean names) in the board’s library. Palette items
        are always recognised.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" onClick={openPalette} disabled={!api}>
          Open the palette
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => input.current?.click()}
          disabled={!api}
          pending={busy}
          aria-describedby={hintId}
        >
          Import .excalidrawlib…
        </Button>
        <input
          ref={input}
          type="file"
          accept=".excalidrawlib,application/vnd.excalidrawlib+json,application/json"
          className="sr-only"
          tabIndex={-1}
          aria-label="Import an Excalidraw library file"
          onChange={onFile}
          data-testid="library-file-input"
        />
      </div>
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
    </section>
  );
}
