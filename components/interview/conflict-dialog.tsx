"use client";

import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import type { ServerCopy } from "@/lib/interviews/client/api";
import type { StoredScene } from "@/lib/interviews/scene";
import { Dialog } from "../ui/dialog";
import { ScenePreview } from "./scene-preview";
import { formatTime } from "./format";

/** "3 shapes": what a person would count (a box's label is part of the box). */
function describeScene(scene: StoredScene): string {
  const shapes = scene.elements.filter((raw) => {
    const element = raw as { isDeleted?: boolean; containerId?: string | null };
    return !element.isDeleted && !element.containerId;
  }).length;
  return `${shapes} ${shapes === 1 ? "shape" : "shapes"}`;
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
  const mineScene = useMemo(() => (conflict ? mine() : null), [conflict, mine]);
  const fromRestore = conflict?.origin === "restore";
  const theirsTitle = fromRestore ? "Saved on the server" : "Saved by another tab";
  const savedAt = conflict?.current.savedAt ? formatTime(conflict.current.savedAt) : null;

  return (
    <Dialog
      open={conflict !== null}
      dismissible={false}
      tone="warning"
      title={fromRestore ? "This device has unsaved changes" : "This interview changed in another tab"}
      description={
        fromRestore
          ? "Changes kept on this device were never saved, and the interview has been saved elsewhere since. Choose the version to continue with."
          : "Another tab or window saved a different drawing while you were working here. Choose the version to continue with; the other one stays in the interview's history."
      }
    >
      {conflict && mineScene ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <section aria-labelledby="conflict-mine" className="space-y-2">
            <h3 id="conflict-mine" className="text-sm font-semibold text-slate-900">
              {fromRestore ? "On this device" : "In this tab"}
            </h3>
            <ScenePreview scene={mineScene} label="Preview of your version" />
            <p className="text-xs text-slate-500">{describeScene(mineScene)}, not saved yet</p>
            <Button className="w-full" onClick={onKeepMine} data-autofocus>
              Keep mine
            </Button>
          </section>
          <section aria-labelledby="conflict-theirs" className="space-y-2">
            <h3 id="conflict-theirs" className="text-sm font-semibold text-slate-900">
              {theirsTitle}
            </h3>
            <ScenePreview scene={conflict.current.scene} label="Preview of the other version" />
            <p className="text-xs text-slate-500">
              {describeScene(conflict.current.scene)}
              {savedAt ? `, saved at ${savedAt}` : ""}
            </p>
            <Button variant="secondary" className="w-full" onClick={() => onUseTheirs(conflict.current)}>
              {fromRestore ? "Use the saved version" : "Use the other tab's"}
            </Button>
          </section>
        </div>
      ) : null}
    </Dialog>
  );
}
