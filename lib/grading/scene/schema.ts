// zod schemas for the parts of an Excalidraw element that grading reads. Unknown fields are
// ignored (Excalidraw adds new ones every release); known fields must have the right type,
// because a file where they do not is not a scene this engine can read faithfully.
import { z } from "zod";
import { MAX_COORDINATE } from "../limits";

const coordinate = z
  .number()
  .min(-MAX_COORDINATE, { message: `must be within ±${MAX_COORDINATE.toExponential()}` })
  .max(MAX_COORDINATE, { message: `must be within ±${MAX_COORDINATE.toExponential()}` });

const binding = z.object({ elementId: z.string().nullish() }).nullish();

export const liveElementSchema = z.object({
  id: z.string().min(1, { message: "must be a non-empty string" }),
  type: z.string().min(1, { message: "must be a non-empty string" }),
  x: coordinate,
  y: coordinate,
  width: coordinate.optional(),
  height: coordinate.optional(),
  angle: z.number().optional(),
  isDeleted: z.boolean().optional(),
  text: z.string().nullish(),
  originalText: z.string().nullish(),
  containerId: z.string().nullish(),
  groupIds: z.array(z.string()).nullish(),
  frameId: z.string().nullish(),
  startBinding: binding,
  endBinding: binding,
  // [x, y], sometimes followed by more numbers (pressure) in old freedraw elements.
  points: z.array(z.array(coordinate).min(2, { message: "must be an [x, y] pair" })).nullish(),
  customData: z.record(z.string(), z.unknown()).nullish(),
  name: z.string().nullish(),
  fontSize: z.number().nullish(),
});

export type LiveElementInput = z.infer<typeof liveElementSchema>;
