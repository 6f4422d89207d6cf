// Reads a unit's words once: label, annotations, kind and facts, with per-scene caches so
// a drawing with a hundred "Web server" boxes classifies the words once. Also says how the
// kind was read (the palette's tag, a bound label, nearby text…) for the graph output.
import { factsOfText, readText, type TextFacts, type TextReading } from "../classify/classify";
import { COMPONENT_KINDS, type ComponentKind } from "../contract";
import type { SceneElement } from "../scene/types";
import type { KindSourceJson } from "../types";
import { textOf } from "./elements";
import { isLabelled, labelOf, type Unit } from "./units";

/** Where a component's kind came from (types.ts documents each source). */
export type KindSource = KindSourceJson;

export interface UnitReading {
  label: string;
  annotation: string;
  kind: ComponentKind;
  facts: TextFacts;
  labelled: boolean;
  /** How the words read (corrections, other roles, one-thing-per-line parts). */
  text: TextReading;
  source: KindSource;
  /** Why a kind was inferred from shape or position ("drawn as a cylinder"). */
  why?: string;
}

const KINDS = new Set<string>(COMPONENT_KINDS);

function sourceOf(u: Unit, labelTexts: SceneElement[]): KindSource {
  if (u.frame?.name?.trim()) return "frame_name";
  const first = labelTexts[0];
  if (!first) return "none";
  if (u.source === "text") return "standalone_text";
  if (u.boundTexts.includes(first)) return "bound_label";
  if (u.insideTexts.includes(first)) return "text_on_shape";
  if (u.groupTexts.includes(first)) return u.source === "group" ? "icon_caption" : "text_on_shape";
  return "nearby_text";
}

export class Reader {
  private readonly texts = new Map<string, TextReading>();
  private readonly facts = new Map<string, TextFacts>();

  textReading(text: string): TextReading {
    let reading = this.texts.get(text);
    if (reading === undefined) {
      reading = readText(text);
      this.texts.set(text, reading);
    }
    return reading;
  }

  kindOf(text: string): ComponentKind {
    return text ? this.textReading(text).kind : "unknown";
  }

  factsOf(text: string): TextFacts {
    let facts = this.facts.get(text);
    if (facts === undefined) {
      facts = factsOfText(text);
      this.facts.set(text, facts);
    }
    return facts;
  }

  read(u: Unit): UnitReading {
    let reading = u.reading;
    if (reading) return reading;
    const { label, labelTexts, annotations } = labelOf(u);
    const annotation = annotations.length ? annotations.map(textOf).filter(Boolean).join(" ") : "";
    // The words as written, line breaks kept: a first line over detail lines names the box.
    const raw =
      labelTexts.length === 1 && !u.frame
        ? (labelTexts[0]!.text ?? "")
        : u.frame?.name?.trim()
          ? label
          : labelTexts.map((t) => (t.text ?? "").trim()).join("\n");
    let text = this.textReading(raw);
    // Separate texts on one box name one thing ("Redis" over "session store"): only a single
    // text listing things one per line stands for several.
    if (text.parts && labelTexts.length > 1) text = this.textReading(label);
    let kind: ComponentKind = text.kind;
    let source: KindSource = text.says === "none" ? "none" : sourceOf(u, labelTexts);
    if (kind === "unknown" && text.says === "none" && annotation) {
      const fromAnnotation = this.textReading(annotation);
      if (fromAnnotation.says !== "none") {
        text = fromAnnotation;
        kind = fromAnnotation.kind;
        source = "annotation";
      }
    }
    // customData.kind (the palette's items, or a tag a person set) always wins (docs/grading.md §2).
    if (u.customKind && KINDS.has(u.customKind)) {
      kind = u.customKind as ComponentKind;
      source = "tag";
    }
    reading = {
      label,
      annotation,
      kind,
      facts: this.factsOf(annotation ? `${label} ${annotation}` : label),
      // A frame named like a note or a part of a screen ("Excalidraw embed window") names nothing.
      labelled: isLabelled(u) && !(u.frame && text.note && !u.customKind),
      text,
      source,
    };
    u.reading = reading;
    return reading;
  }

  /** Forgets a unit's reading after its texts changed (a card absorbing its box). */
  forget(u: Unit): void {
    u.reading = null;
  }
}
