"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { kindTitleIn } from "@/lib/grading/locales";
import { TAG_KINDS, type TagKind } from "@/lib/interviews/client/tag-element";
import { cn } from "@/lib/ui/cn";
import { finish } from "./reading-text";

/**
 * "This is a…": a menu of the kinds the grader knows. Two clicks tell the grader what a part
 * of the drawing is: open, pick. Keyboard: Enter or Space opens it on the current kind, the
 * arrow keys, Home and End move, Enter picks, Escape (or Tab) closes and returns to the button.
 */
export function KindPicker({
  subject,
  current,
  disabled = false,
  onPick,
  children,
}: {
  /** What is being tagged, for screen readers: "“Kafak cluster”". */
  subject: string;
  /** The kind it has now; null for a part the grader could not place. */
  current: TagKind | null;
  disabled?: boolean;
  onPick: (kind: TagKind) => void;
  /** Shown beside the button, left of it (the menu opens below both, full width). */
  children?: ReactNode;
}) {
  const t = useTranslations("reading");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    const start = current ? TAG_KINDS.indexOf(current) : 0;
    items.current[Math.max(0, start)]?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!menu.current?.contains(target) && !trigger.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open, current]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = items.current.findIndex((item) => item === document.activeElement);
    const count = TAG_KINDS.length;
    const move = (index: number) => {
      event.preventDefault();
      items.current[(index + count) % count]?.focus();
    };
    if (event.key === "ArrowDown" || event.key === "ArrowRight") move(at + 1);
    else if (event.key === "ArrowUp" || event.key === "ArrowLeft") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(count - 1);
    else if (event.key === "Escape") {
      event.preventDefault();
      // Excalidraw listens for Escape on the document too: this one is the menu's.
      event.stopPropagation();
      close(true);
    } else if (event.key === "Tab") close(false);
  };

  return (
    <div className="min-w-0">
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">{children}</div>
        <button
          ref={trigger}
          type="button"
          disabled={disabled}
          aria-haspopup="menu"
          aria-expanded={open}
          aria-controls={open ? menuId : undefined}
          aria-label={finish(t("pickLabel", { subject }), locale)}
          onClick={() => setOpen((value) => !value)}
          className={cn(
            "shrink-0 rounded-md px-1.5 py-0.5 text-xs font-medium text-indigo-700 ring-1 ring-indigo-200 ring-inset",
            "hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600",
            "disabled:cursor-not-allowed disabled:opacity-60",
            open && "bg-indigo-50",
          )}
        >
          {t("pick")}
        </button>
      </div>
      {open ? (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={finish(t("menuLabel", { subject }), locale)}
          onKeyDown={onMenuKey}
          className="mt-1.5 grid grid-cols-2 gap-0.5 rounded-lg border border-slate-200 bg-white p-1 shadow-sm"
        >
          {TAG_KINDS.map((kind, index) => (
            <button
              key={kind}
              ref={(element) => {
                items.current[index] = element;
              }}
              type="button"
              role="menuitemradio"
              aria-checked={kind === current}
              tabIndex={-1}
              onClick={() => {
                close(true);
                onPick(kind);
              }}
              className={cn(
                "rounded-md px-2 py-1 text-left text-xs text-slate-800 hover:bg-indigo-50 focus:bg-indigo-50",
                "focus-visible:outline-2 focus-visible:outline-indigo-600",
                kind === current && "font-semibold text-indigo-800",
              )}
            >
              {kind === current ? <span aria-hidden="true">✓ </span> : null}
              {kindTitleIn(kind, locale)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
