// The palette of system-design components: an Excalidraw library the interview page loads so
// a candidate can drag ready-made components onto the board. Every element of an item carries
// `customData.kind` (and `role` / `replicas` where they apply), which the grader trusts before
// any label. Runtime imports: zod (for reading users' libraries) and nothing of Excalidraw.
export {
  PALETTE_ITEMS,
  buildPaletteLibraryItems,
  type PaletteItemMeta,
  type PaletteShape,
  type PaletteTier,
} from "./items";
export {
  paletteLibraryFile,
  parseLibraryFile,
  LibraryFileError,
  MAX_LIBRARY_BYTES,
  type LibraryProblem,
} from "./library-file";
export type { PaletteCustomData, PaletteKind, PaletteRole } from "./elements";
