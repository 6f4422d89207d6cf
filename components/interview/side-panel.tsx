"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

export interface PanelTab {
  id: string;
  title: string;
  /** A small count or marker beside the title (e.g. labels not recognised). */
  badge?: ReactNode;
  icon: ReactNode;
  content: ReactNode;
}

/**
 * The collapsible panel beside the board, as ARIA tabs (arrow keys move between them). All
 * tab panels stay mounted, so the notes keep their cursor and the grader view its scroll.
 */
export function SidePanel({
  tabs,
  active,
  onActiveChange,
  open,
  onOpenChange,
}: {
  tabs: PanelTab[];
  active: string;
  onActiveChange: (id: string) => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("interview");
  const base = useId();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const panelId = `${base}-panel`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === active);
    let next = index;
    if (event.key === "ArrowDown" || event.key === "ArrowRight") next = (index + 1) % tabs.length;
    else if (event.key === "ArrowUp" || event.key === "ArrowLeft") next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = tabs.length - 1;
    else return;
    event.preventDefault();
    const tab = tabs[next]!;
    onActiveChange(tab.id);
    tabRefs.current.get(tab.id)?.focus();
  };

  if (!open) {
    return (
      <nav
        aria-label={t("panel.label")}
        className="flex w-12 shrink-0 flex-col items-center gap-1 border-r border-slate-200 bg-white py-2"
      >
        <button
          type="button"
          onClick={() => onOpenChange(true)}
          aria-expanded={false}
          aria-controls={panelId}
          aria-label={t("panel.show")}
          className="rounded-md p-2 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
            <path
              fillRule="evenodd"
              clipRule="evenodd"
              d="M7.21 14.77a.75.75 0 0 1 .02-1.06L11.168 10 7.23 6.29a.75.75 0 1 1 1.04-1.08l4.5 4.25a.75.75 0 0 1 0 1.08l-4.5 4.25a.75.75 0 0 1-1.06-.02Z"
            />
          </svg>
        </button>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            title={tab.title}
            aria-label={t("panel.showTab", { tab: tab.title })}
            onClick={() => {
              onActiveChange(tab.id);
              onOpenChange(true);
            }}
            className="relative rounded-md p-2 text-slate-500 hover:bg-slate-100 hover:text-slate-900"
          >
            {tab.icon}
            {tab.badge ? <span className="absolute -top-0.5 -right-0.5">{tab.badge}</span> : null}
          </button>
        ))}
      </nav>
    );
  }

  return (
    <aside
      id={panelId}
      aria-label={t("panel.label")}
      className="flex w-80 shrink-0 flex-col border-r border-slate-200 bg-white xl:w-[22rem]"
    >
      <div className="flex items-center gap-1 border-b border-slate-200 px-2">
        <div
          role="tablist"
          aria-label={t("panel.label")}
          aria-orientation="horizontal"
          className="flex flex-1 gap-1"
          onKeyDown={onKeyDown}
        >
          {tabs.map((tab) => {
            const selected = tab.id === active;
            return (
              <button
                key={tab.id}
                ref={(element) => {
                  if (element) tabRefs.current.set(tab.id, element);
                  else tabRefs.current.delete(tab.id);
                }}
                type="button"
                role="tab"
                id={`${base}-tab-${tab.id}`}
                aria-selected={selected}
                aria-controls={`${base}-tabpanel-${tab.id}`}
                tabIndex={selected ? 0 : -1}
                onClick={() => onActiveChange(tab.id)}
                className={cn(
                  "-mb-px flex items-center gap-1.5 border-b-2 px-2.5 py-3 text-sm font-medium transition-colors",
                  selected
                    ? "border-indigo-600 text-indigo-700"
                    : "border-transparent text-slate-600 hover:text-slate-900",
                )}
              >
                {tab.title}
                {tab.badge}
              </button>
            );
          })}
        </div>
        <button
          type="button"
          onClick={() => onOpenChange(false)}
          aria-expanded={true}
          aria-controls={panelId}
          aria-label={t("panel.hide")}
          title={t("panel.hideShort")}
          className="rounded-md p-1.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
            <path
              fillRule="evenodd"
              clipRule="evenodd"
              d="M12.79 5.23a.75.75 0 0 1-.02 1.06L8.832 10l3.938 3.71a.75.75 0 1 1-1.04 1.08l-4.5-4.25a.75.75 0 0 1 0-1.08l4.5-4.25a.75.75 0 0 1 1.06.02Z"
            />
          </svg>
        </button>
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-tabpanel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== active}
          tabIndex={0}
          className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-4 py-4 focus-visible:outline-2 focus-visible:-outline-offset-2"
        >
          {tab.content}
        </div>
      ))}
    </aside>
  );
}
