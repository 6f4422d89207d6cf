// Reads a unit's words once: label, annotations, kind and facts, with per-scene caches so
// a drawing with a hundred "Web server" boxes classifies the words once.
import { factsOfText, kindOfText, type TextFacts } from "../classify/classify";
import { COMPONENT_KINDS, type ComponentKind } from "../contract";
import { textOf } from "./elements";
import { isLabelled, labelOf, type Unit } from "./units";

export interface UnitReading {
  label: string;
  annotation: string;
  kind: ComponentKind;
  facts: TextFacts;
  labelled: boolean;
}

const KINDS = new Set<string>(COMPONENT_KINDS);

export class Reader {
  private readonly kinds = new Map<string, ComponentKind>();
  private readonly facts = new Map<string, TextFacts>();

  kindOf(text: string): ComponentKind {
    let kind = this.kinds.get(text);
    if (kind === undefined) {
      kind = text ? kindOfText(text) : "unknown";
      this.kinds.set(text, kind);
    }
    return kind;
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
    const { label, annotations } = labelOf(u);
    const annotation = annotations.map(textOf).filter(Boolean).join(" ");
    let kind: ComponentKind;
    // The palette's own mark always wins (docs/grading.md §2).
    if (u.customKind && KINDS.has(u.customKind)) kind = u.customKind as ComponentKind;
    else {
      kind = this.kindOf(label);
      if (kind === "unknown" && annotation) kind = this.kindOf(annotation);
    }
    reading = {
      label,
      annotation,
      kind,
      facts: this.factsOf(annotation ? `${label} ${annotation}` : label),
      labelled: isLabelled(u),
    };
    u.reading = reading;
    return reading;
  }

  /** Forgets a unit's reading after its texts changed (a card absorbing its box). */
  forget(u: Unit): void {
    u.reading = null;
  }
}
