/**
 * Library items a person imported (.excalidrawlib), kept in this browser so they are still
 * in the library next interview. The palette itself is never stored: it is rebuilt from code.
 */
import { idbRequest, LIBRARY } from "./draft-store";

const KEY = "imported";

export async function loadImportedLibrary<T extends { id: string }>(): Promise<T[]> {
  if (typeof indexedDB === "undefined") return [];
  try {
    const value = await idbRequest<unknown>(LIBRARY, "readonly", (objects) => objects.get(KEY));
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** Stores the items that are not the palette's (palette ids are passed in). */
export async function saveImportedLibrary<T extends { id: string }>(
  items: readonly T[],
  paletteIds: ReadonlySet<string>,
): Promise<void> {
  if (typeof indexedDB === "undefined") return;
  const imported = items.filter((item) => !paletteIds.has(item.id));
  await idbRequest(LIBRARY, "readwrite", (objects) => objects.put(imported, KEY));
}
