/**
 * The engine's version, stamped into every result. Bump the minor version when a change can
 * alter grades of existing drawings (new words, new heuristics), the major one when the
 * output contract changes incompatibly (it should not: docs/grading.md only grows).
 */
export const ENGINE_VERSION = "1.4.0";
