// The smallest Excalidraw elements a test needs to draw a design: labelled boxes in a row and
// arrows bound to them, as the whiteboard saves them (only the fields the engine reads).

/** A rectangle at (x, 0) with its bound text label. */
export function labelledBox(id: string, x: number, label: string) {
  return [
    {
      id,
      type: "rectangle",
      x,
      y: 0,
      width: 160,
      height: 80,
      angle: 0,
      isDeleted: false,
      boundElements: [{ id: `${id}-t`, type: "text" }],
    },
    {
      id: `${id}-t`,
      type: "text",
      x: x + 10,
      y: 30,
      width: 140,
      height: 20,
      text: label,
      originalText: label,
      containerId: id,
      isDeleted: false,
    },
  ];
}

/** A horizontal arrow from x1 to x2, bound at both ends. */
export function boundArrow(id: string, from: string, to: string, x1: number, x2: number) {
  return {
    id,
    type: "arrow",
    x: x1,
    y: 40,
    width: x2 - x1,
    height: 0,
    points: [
      [0, 0],
      [x2 - x1, 0],
    ],
    isDeleted: false,
    startBinding: { elementId: from },
    endBinding: { elementId: to },
  };
}
