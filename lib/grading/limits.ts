/**
 * Input limits of docs/grading.md §1. Both are checked before any real work so a hostile or mistaken
 * upload costs little. 10 MB is taken as 10,000,000 bytes: the strictest reading, so the
 * API's 413 and the library's refusal agree whichever way a client counts.
 */
export const MAX_SCENE_BYTES = 10_000_000;
export const MAX_ELEMENTS = 20_000;
/** Coordinates beyond this are not drawings; refusing them keeps geometry free of overflow. */
export const MAX_COORDINATE = 1e8;
