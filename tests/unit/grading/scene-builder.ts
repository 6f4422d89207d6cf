// Builds Excalidraw scenes for tests, in every drawing style of docs/grading.md §2, with
// ids the test chooses so findings can be checked element by element.
type El = Record<string, unknown> & { id: string; type: string };

export interface BoxOptions {
  x?: number;
  y?: number;
  w?: number;
  h?: number;
  type?: "rectangle" | "ellipse" | "diamond" | "image";
  /** How the label is attached: bound (containerId), free over the shape, free beside it, or grouped. */
  style?: "bound" | "free" | "beside" | "grouped" | "none";
  customData?: Record<string, unknown>;
  groupIds?: string[];
  frameId?: string;
  fontSize?: number;
}

function base(id: string, type: string, x: number, y: number, w: number, h: number): El {
  return {
    id,
    type,
    x,
    y,
    width: w,
    height: h,
    angle: 0,
    strokeColor: "#1e1e1e",
    backgroundColor: "transparent",
    fillStyle: "solid",
    strokeWidth: 2,
    strokeStyle: "solid",
    roughness: 1,
    opacity: 100,
    groupIds: [],
    frameId: null,
    roundness: null,
    seed: 1,
    version: 1,
    versionNonce: 1,
    isDeleted: false,
    boundElements: null,
    updated: 1,
    link: null,
    locked: false,
  };
}

export function textEl(id: string, x: number, y: number, text: string, extra: Partial<El> = {}): El {
  const fontSize = (extra.fontSize as number | undefined) ?? 20;
  const lines = text.split("\n");
  const width = Math.max(...lines.map((l) => l.length)) * fontSize * 0.55;
  return {
    ...base(id, "text", x, y, width, lines.length * fontSize * 1.25),
    text,
    originalText: text,
    fontSize,
    fontFamily: 5,
    textAlign: "center",
    verticalAlign: "middle",
    containerId: null,
    lineHeight: 1.25,
    ...extra,
  };
}

export class SceneBuilder {
  readonly elements: El[] = [];
  private cursorX = 0;

  private find(id: string): El {
    const e = this.elements.find((x) => x.id === id);
    if (!e) throw new Error(`no element ${id}`);
    return e;
  }

  /** A labelled shape; returns its id. Laid left to right when no position is given. */
  box(id: string, label: string, o: BoxOptions = {}): string {
    const w = o.w ?? 160;
    const h = o.h ?? 80;
    const x = o.x ?? this.cursorX;
    const y = o.y ?? 0;
    this.cursorX = Math.max(this.cursorX, x + w + 200);
    const shape = base(id, o.type ?? "rectangle", x, y, w, h);
    if (o.groupIds) shape.groupIds = o.groupIds;
    if (o.frameId) shape.frameId = o.frameId;
    if (o.customData) shape.customData = o.customData;
    this.elements.push(shape);
    const style = o.style ?? "bound";
    if (style === "none" || label === "") return id;
    const fontSize = o.fontSize ?? 20;
    const tw = Math.min(w - 10, label.length * fontSize * 0.55);
    const th = label.split("\n").length * fontSize * 1.25;
    const extra: Partial<El> = { fontSize };
    if (o.customData) extra.customData = o.customData;
    if (o.frameId) extra.frameId = o.frameId;
    if (style === "bound") {
      shape.boundElements = [{ id: `${id}-text`, type: "text" }];
      this.elements.push(
        textEl(`${id}-text`, x + (w - tw) / 2, y + (h - th) / 2, label, {
          ...extra,
          containerId: id,
          groupIds: o.groupIds ?? [],
        }),
      );
    } else if (style === "free") {
      this.elements.push(
        textEl(`${id}-text`, x + (w - tw) / 2, y + (h - th) / 2, label, { ...extra, groupIds: o.groupIds ?? [] }),
      );
    } else if (style === "beside") {
      this.elements.push(
        textEl(`${id}-text`, x + (w - tw) / 2, y + h + 8, label, { ...extra, groupIds: o.groupIds ?? [] }),
      );
    } else {
      const group = o.groupIds?.[0] ?? `${id}-group`;
      shape.groupIds = o.groupIds ?? [group];
      this.elements.push(
        textEl(`${id}-text`, x + (w - tw) / 2, y + h + 8, label, { ...extra, groupIds: shape.groupIds }),
      );
    }
    return id;
  }

  /** A frame or big rectangle holding the given ids (moved inside it); returns its id. */
  zone(id: string, label: string, memberIds: string[], o: { frame?: boolean; x?: number; y?: number } = {}): string {
    const members = memberIds.map((m) => this.find(m));
    const texts = this.elements.filter((e) => e.type === "text" && memberIds.some((m) => e.id === `${m}-text`));
    const all = [...members, ...texts];
    const minX = Math.min(...all.map((e) => e.x as number)) - 40;
    const minY = Math.min(...all.map((e) => e.y as number)) - 80;
    const maxX = Math.max(...all.map((e) => (e.x as number) + (e.width as number))) + 40;
    const maxY = Math.max(...all.map((e) => (e.y as number) + (e.height as number))) + 40;
    if (o.frame) {
      this.elements.unshift({ ...base(id, "frame", minX, minY, maxX - minX, maxY - minY), name: label || null });
      for (const e of all) e.frameId = id;
    } else {
      this.elements.unshift(base(id, "rectangle", minX, minY, maxX - minX, maxY - minY));
      if (label) this.elements.push(textEl(`${id}-text`, minX + 10, minY + 10, label, { fontSize: 24 }));
    }
    return id;
  }

  /** A free text; returns its id. */
  text(id: string, x: number, y: number, text: string, extra: Partial<El> = {}): string {
    this.elements.push(textEl(id, x, y, text, extra));
    return id;
  }

  private centre(id: string): [number, number] {
    const e = this.find(id);
    return [(e.x as number) + (e.width as number) / 2, (e.y as number) + (e.height as number) / 2];
  }

  private edgeToward(id: string, toward: [number, number], gap: number): [number, number] {
    const e = this.find(id);
    const [cx, cy] = this.centre(id);
    const dx = toward[0] - cx;
    const dy = toward[1] - cy;
    const hw = (e.width as number) / 2 + gap;
    const hh = (e.height as number) / 2 + gap;
    const t = Math.min(
      Math.abs(dx) > 0 ? hw / Math.abs(dx) : Infinity,
      Math.abs(dy) > 0 ? hh / Math.abs(dy) : Infinity,
    );
    return [cx + dx * t, cy + dy * t];
  }

  /**
   * An arrow (or line) from one element to another. `bind` picks which ends carry bindings;
   * unbound ends stop `gap` units short of the shape, as people draw them.
   */
  arrow(
    id: string,
    from: string,
    to: string,
    o: {
      bind?: "both" | "start" | "end" | "none";
      type?: "arrow" | "line";
      label?: string;
      labelStyle?: "bound" | "free";
      gap?: number;
    } = {},
  ): string {
    const bind = o.bind ?? "both";
    const gap = o.gap ?? 6;
    const start = this.edgeToward(from, this.centre(to), gap);
    const end = this.edgeToward(to, this.centre(from), gap);
    const el: El = {
      ...base(id, o.type ?? "arrow", start[0], start[1], Math.abs(end[0] - start[0]), Math.abs(end[1] - start[1])),
      points: [
        [0, 0],
        [end[0] - start[0], end[1] - start[1]],
      ],
      startBinding: bind === "both" || bind === "start" ? { elementId: from, focus: 0, gap } : null,
      endBinding: bind === "both" || bind === "end" ? { elementId: to, focus: 0, gap } : null,
      startArrowhead: null,
      endArrowhead: o.type === "line" ? null : "arrow",
      lastCommittedPoint: null,
    };
    this.elements.push(el);
    if (o.label) {
      const mx = (start[0] + end[0]) / 2;
      const my = (start[1] + end[1]) / 2;
      const w = o.label.length * 11;
      this.elements.push(
        textEl(`${id}-label`, mx - w / 2, my - 12, o.label, o.labelStyle === "free" ? {} : { containerId: id }),
      );
    }
    return id;
  }

  /** Boxes in a row, 300 apart, each with an arrow to the next: the plainest architecture. */
  chain(labels: string[], prefix = "chain"): string[] {
    const ids = labels.map((label, index) => this.box(`${prefix}-${index}`, label, { x: index * 300, y: 0 }));
    ids.slice(1).forEach((id, index) => this.arrow(`${prefix}-link-${index}`, ids[index]!, id));
    return ids;
  }

  /** Marks an element deleted (it must then be ignored). */
  delete(id: string): this {
    this.find(id).isDeleted = true;
    return this;
  }

  get(id: string): El {
    return this.find(id);
  }

  scene(): { type: string; version: number; source: string; elements: El[]; appState: object; files: object } {
    return {
      type: "excalidraw",
      version: 2,
      source: "test",
      elements: this.elements,
      appState: { viewBackgroundColor: "#ffffff" },
      files: {},
    };
  }
}

/** Ids of a labelled box as the engine reports them: the shape and its text. */
export function boxIds(id: string): string[] {
  return [id, `${id}-text`];
}
