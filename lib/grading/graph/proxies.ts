// A proxy named after the system it forwards to ("Aviasales Proxy" → "Aviasales API",
// "Wikipedia Proxy" → "Wikipedia"): the design's own adapter to someone else's system, not
// a load balancer in front of its servers. The system it is named after is outside the
// design, so generic words on it ("API", "service") do not make it one of the web servers.
import type { ComponentKind } from "../contract";
import { PhraseMatcher } from "../classify/matcher";
import { tokenize } from "../classify/normalize";
import { linkedUnits, type RawLink } from "./connect";
import type { Inference } from "./infer";
import type { Reader } from "./reader";
import type { Unit } from "./units";

const PROXY = new PhraseMatcher([["proxy", "proxies", "프록시", "прокси"]]);
/** Kinds an outside system's words may wrongly give it: generic service words, or none. */
const GENERIC = new Set<ComponentKind>(["web_server", "unknown"]);
/** Words a design uses for its own parts: "Image proxy" → "Image service" fronts one of them. */
const OWN_PART_WORDS = new Set("service services server servers microservice 서비스 서버".split(" "));

/** The proxy's own name words: those the vocabulary does not know ("aviasales", not "api", "auth" or "proxy"). */
function nameWords(label: string, reader: Reader): string[] {
  return tokenize(label).raw.filter((w) => w.length >= 3 && !/^\d+$/.test(w) && reader.textReading(w).says === "none");
}

/** Proxies named after a linked system, and the systems they are named after, with their kinds. */
export function namedProxies(units: Unit[], links: RawLink[], reader: Reader): Map<Unit, Inference> {
  const out = new Map<Unit, Inference>();
  const proxies = units.filter((u) => {
    const r = reader.read(u);
    return !u.customKind && r.kind === "load_balancer" && r.source !== "inferred" && PROXY.best(tokenize(r.label)) >= 0;
  });
  if (!proxies.length) return out;
  // An outside system is reached only through its proxy; the design's own service behind a
  // proxy of the same name ("Orders proxy" → "Orders service" → "Orders DB") talks on.
  const linkedTo = linkedUnits(links);
  const onlyBehind = (u: Unit) => [...(linkedTo.get(u) ?? [])].every((n) => proxies.includes(n));
  for (const proxy of proxies) {
    const names = nameWords(reader.read(proxy).label, reader);
    if (!names.length) continue;
    for (const l of links) {
      const other = l.from === proxy ? l.to : l.to === proxy ? l.from : null;
      if (!other || other === proxy || other.customKind) continue;
      const r = reader.read(other);
      if (!GENERIC.has(r.kind) || r.source === "inferred" || PROXY.best(tokenize(r.label)) >= 0) continue;
      if (!onlyBehind(other)) continue;
      const words = tokenize(r.label).raw;
      if (!names.some((n) => words.includes(n)) || words.some((w) => OWN_PART_WORDS.has(w))) continue;
      out.set(proxy, { kind: "web_server", why: `a proxy to "${r.label}", the outside system it is named after` });
      out.set(other, { kind: "unknown", why: `the outside system "${reader.read(proxy).label}" forwards to` });
    }
  }
  return out;
}
