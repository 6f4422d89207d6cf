"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import type { ServerCopy } from "@/lib/interviews/client/api";
import type { StoredScene } from "@/lib/interviews/scene";
import { Dialog } from "../ui/dialog";
import { ScenePreview } from "./scene-preview";
import { formatTime } from "./format";

/** How many shapes a person would count (a box's label is part of the box). */
function shapeCount(scene: StoredScene): number {
  return scene.elements.filter((raw) => {
    const element = raw as { isDeleted?: boolean; containerId?: string | null };
    return !element.isDeleted && !element.containerId;
  }).length;
}

/**
 * Two versions of one drawing: this tab's, and the one another tab (or an older copy on this
 * device) saved. The person picks one; neither is thrown away on the server, where a conflict
 * keeps both as revisions.
 */
export function ConflictDialog({
  conflict,
  mine,
  onKeepMine,
  onUseTheirs,
}: {
  conflict: { current: ServerCopy; origin: "save" | "restore" } | null;
  /** Reads this tab's drawing when the dialog opens. */
  mine: () => StoredScene;
  onKeepMine: () => void;
  onUseTheirs: (copy: ServerCopy) => void;
}) {
  const t = useTranslations("interview");
  const locale = useLocale();
  const mineScene = useMemo(() => (conflict ? mine() : null), [conflict, mine]);
  const fromRestore = conflict?.origin === "restore";
  const theirsTitle = fromRestore ? t("conflict.theirsServer") : t("conflict.theirsTab");
  const savedAt = conflict?.current.savedAt ? formatTime(conflict.current.savedAt, locale) : null;

  return (
    <Dialog
      open={conflict !== null}
      dismissible={false}
      tone="warning"
      title={fromRestore ? t("conflict.restoreTitle") : t("conflict.saveTitle")}
      description={fromRestore ? t("conflict.restoreDescription") : t("conflict.saveDescription")}
    >
      {conflict && mineScene ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <section aria-labelledby="conflict-mine" className="space-y-2">
            <h3 id="conflict-mine" className="text-sm font-semibold text-slate-900">
              {fromRestore ? t("conflict.mineDevice") : t("conflict.mineTab")}
            </h3>
            <ScenePreview scene={mineScene} label={t("conflict.minePreview")} />
            <p className="text-xs text-slate-500">{t("conflict.mineShapes", { count: shapeCount(mineScene) })}</p>
            <Button className="w-full" onClick={onKeepMine} data-autofocus>
              {t("conflict.keepMine")}
            </Button>
          </section>
          <section aria-labelledby="conflict-theirs" className="space-y-2">
            <h3 id="conflict-theirs" className="text-sm font-semibold text-slate-900">
              {theirsTitle}
            </h3>
            <ScenePreview scene={conflict.current.scene} label={t("conflict.theirsPreview")} />
            <p className="text-xs text-slate-500">
              {savedAt
                ? t("conflict.theirsShapesSaved", { count: shapeCount(conflict.current.scene), time: savedAt })
                : t("conflict.theirsShapes", { count: shapeCount(conflict.current.scene) })}
            </p>
            <Button variant="secondary" className="w-full" onClick={() => onUseTheirs(conflict.current)}>
              {fromRestore ? t("conflict.useSaved") : t("conflict.useTab")}
            </Button>
          </section>
        </div>
      ) : null}
    </Dialog>
  );
}
