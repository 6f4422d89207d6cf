// Each containing box is judged: a zone (a data center, a VPC, a tier: it holds
// components), a component whose insides are details (a "PostgreSQL" box listing tables, a
// frame around an icon), or a card that only frames one thing.
import type { ComponentKind } from "../contract";
import { memoByText } from "../classify/memo";
import { pushTo } from "./multimap";
import type { Reader } from "./reader";
import type { Unit } from "./units";

/** Zones inside zones deeper than this are not followed (a region > AZ > VPC > subnet is 4). */
export const MAX_NESTING = 32;

const DATA_KINDS = new Set<ComponentKind>([
  "database",
  "cache",
  "session_store",
  "object_storage",
  "search",
  "message_queue",
]);

const ENDPOINT = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b|^\/\S*/i;
/** Words that name a way in, not a thing: a box "API" or "WS" inside "Slack" is Slack's. */
const INTERFACE_WORDS = new Set(
  "api apis rest grpc graphql ws wss websocket websockets http https soap rpc webhook webhooks endpoint endpoints 웹소켓 엔드포인트".split(
    " ",
  ),
);
/** Ways in that others call (not the protocols a client speaks, "HTTPS", "WS"). */
const API_WORDS = new Set(
  "api apis rest grpc graphql soap rpc webhook webhooks endpoint endpoints 엔드포인트".split(" "),
);
const GENERIC_WORDS = new Set("client clients service services server servers app apps system systems".split(" "));
/** A label's words outside brackets, lowercased (read once per distinct label: the list is shared, never changed). */
const words = memoByText((text: string): readonly string[] =>
  text
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean),
);
/** The words of a container's name that its insides may repeat ("Slack"), generic ones ("client", "services") left out. */
const ownWords = memoByText(
  (container: string): ReadonlySet<string> => new Set(words(container).filter((w) => !GENERIC_WORDS.has(w))),
);

/** Words that name a machine, not what runs on it: "Server 1 (mediawiki)", "EC2 instance", "VM 2". */
const HOST_WORDS = new Set(
  "server servers host hosts vm vms machine machines instance instances droplet droplets node nodes ec2 서버 호스트 인스턴스".split(
    " ",
  ),
);

/** A box named only as a machine ("Server 2", "EC2 instance (app)"): a host, whatever runs on it. */
function isHost(label: string): boolean {
  const named = words(label);
  return named.some((w) => HOST_WORDS.has(w)) && named.every((w) => HOST_WORDS.has(w) || /^\p{N}+$/u.test(w));
}

/** "API", "WS", "Slack API" inside "Slack": an interface of the box around it. */
function isInterfaceOf(label: string, container: string): boolean {
  // The container's name ("Slack") may repeat; its generic words ("client", "services") may not.
  const own = ownWords(container);
  let rest = 0;
  for (const w of words(label)) {
    if (own.has(w)) continue;
    if (!INTERFACE_WORDS.has(w)) return false;
    rest++;
  }
  return rest > 0;
}

export type Decision = { type: "component" } | { type: "zone" } | { type: "merged"; into: Unit };
const COMPONENT: Decision = { type: "component" };
const ZONE: Decision = { type: "zone" };

export class Decisions {
  /** Units folded into each component. */
  readonly absorbed = new Map<Unit, Unit[]>();
  /** Boxes read as one thing with its ways in ("Slack" around its "API" and "WS"): outside systems, whose kind is not guessed from links. */
  readonly systems = new Set<Unit>();
  private readonly parentOverride = new Map<Unit, Unit | null>();

  /** Units must already be placed in their containment tree (unit.parent, unit.kids). */
  constructor(
    private readonly reader: Reader,
    units: Unit[],
  ) {
    // Containers are judged smallest first, so each sees its contents already decided.
    const containers: Unit[] = [];
    for (const u of units) {
      if (u.kids.length === 0) u.decision = COMPONENT;
      else containers.push(u);
    }
    containers.sort((a, b) => a.area - b.area || a.order - b.order);
    for (const u of containers) this.judge(u);
  }

  final(u: Unit): Unit {
    let current = u;
    const path: Unit[] = [];
    for (;;) {
      const d = current.decision;
      if (d?.type !== "merged") break;
      path.push(current);
      current = d.into;
    }
    // Path compression: chains of cards inside cards resolve once, not on every call.
    for (const p of path) p.decision = { type: "merged", into: current };
    return current;
  }

  parentOf(u: Unit): Unit | null {
    return this.parentOverride.has(u) ? this.parentOverride.get(u)! : u.parent;
  }

  /** The innermost zone around a unit, or null (nesting deeper than any drawing is cut off). */
  zoneOf(u: Unit): Unit | null {
    let p = this.parentOf(u);
    for (let guard = 0; p && guard < MAX_NESTING; guard++) {
      if (p.decision?.type === "zone") return p;
      p = this.parentOf(p);
    }
    return null;
  }

  private kids(u: Unit): Unit[] {
    const out = new Set<Unit>();
    for (const k of u.kids) {
      const f = this.final(k);
      if (f !== u) out.add(f);
    }
    return [...out];
  }

  private absorb(into: Unit, part: Unit): void {
    part.decision = { type: "merged", into };
    pushTo(this.absorbed, into, part);
  }

  private judge(u: Unit): void {
    const kids = this.kids(u);
    // The palette's mark decides: its data-center zone holds things, its other items are things.
    if (u.customKind === "data_center") {
      u.decision = ZONE;
      return;
    }
    if (kids.length === 0 || u.customKind) {
      u.decision = COMPONENT;
      return;
    }
    const isZone = (k: Unit) => k.decision?.type === "zone";
    const reading = this.reader.read(u);
    const named = kids.filter((k) => isZone(k) || this.reader.read(k).labelled);
    // "POST /login", "GET /users/:id API": a service's endpoints are its insides, whatever they say.
    const endpoint = (k: Unit) =>
      !isZone(k) &&
      (ENDPOINT.test(this.reader.read(k).label) || isInterfaceOf(this.reader.read(k).label, reading.label));
    const recognised = kids.filter((k) => isZone(k) || (this.reader.read(k).kind !== "unknown" && !endpoint(k)));

    if (!reading.labelled) {
      const only = kids[0]!;
      if (kids.length === 1 && !isZone(only)) {
        // A card: an unlabelled box around one thing is that thing.
        this.absorb(only, u);
        this.parentOverride.set(only, this.parentOf(u));
        this.reader.forget(only);
        return;
      }
      if (named.length === 0) return this.becomeComponent(u, kids);
      u.decision = ZONE;
      return;
    }
    if (reading.kind === "data_center") {
      u.decision = ZONE;
      return;
    }
    // "Server 2" holding a box named "Caddy": a host, and what runs on it is the component.
    const runsOn = (k: Unit) =>
      k.boxLike && this.reader.read(k).labelled && !endpoint(k) && !this.reader.read(k).text.note;
    if (isHost(reading.label) && kids.some(runsOn)) {
      u.decision = ZONE;
      return;
    }
    // "AOC Website" around its "AOC API": a site others call through its API is an outside
    // system, not the design's client. A browser with an "HTTPS" box where its arrow leaves
    // names only the protocol it speaks, and stays a client.
    const api = (k: Unit) => words(this.reader.read(k).label).some((w) => API_WORDS.has(w));
    if (reading.kind === "client" && named.length && named.every(endpoint) && named.some(api)) {
      u.reading = { ...reading, kind: "unknown", source: "inferred", why: "called through its ways in, so no client" };
      this.systems.add(u);
      return this.becomeComponent(u, kids);
    }
    // "PostgreSQL" holding table boxes, "Frontend" holding pages: the insides are details.
    if (reading.kind !== "unknown" && recognised.length === 0) return this.becomeComponent(u, kids);
    // "Frontend" around a mock-up of its screen (a search box, a panel of buttons): one client.
    if (reading.kind === "client" && this.isScreen(u))
      return this.becomeComponent(
        u,
        this.descendants(u).filter((d) => d.decision?.type !== "merged"),
      );
    // A data store's insides are its data (tables, topics, buckets) unless they are stores
    // of the same kind (a "MySQL cluster" around primary and replica).
    // Nodes named only by a role ("Node 1 (leader)") are members of the cluster, not its data.
    const member = (k: Unit) => {
      const r = this.reader.read(k);
      return r.kind === reading.kind || (r.text.roleOnly && r.facts.role !== "shard");
    };
    if (DATA_KINDS.has(reading.kind) && !kids.some((k) => isZone(k) || member(k))) {
      return this.becomeComponent(u, kids);
    }
    // "Payments" around two unlabelled icons: one thing drawn with several strokes; "Slack"
    // around its "API" and "WS" boxes: one thing with its ways in.
    if (reading.kind === "unknown" && named.every(endpoint)) {
      if (named.length) this.systems.add(u);
      return this.becomeComponent(u, kids);
    }
    u.decision = ZONE;
  }

  /** Everything drawn inside a unit, at any depth (nesting past MAX_NESTING is cut off). */
  private descendants(u: Unit): Unit[] {
    const out: Unit[] = [];
    const walk = (p: Unit, depth: number) => {
      if (depth > MAX_NESTING) return;
      for (const k of p.kids) {
        out.push(k);
        walk(k, depth + 1);
      }
    };
    walk(u, 0);
    return out;
  }

  /**
   * A client box whose insides are its own screen: no client inside it (a "Clients" box around
   * "Web" and "Mobile" holds clients) and at most one thing a word names (a "Search" field).
   */
  private isScreen(u: Unit): boolean {
    let named = 0;
    for (const d of this.descendants(u)) {
      if (d.decision?.type !== "component") continue;
      const r = this.reader.read(d);
      if (!r.labelled || r.kind === "unknown") continue;
      if (r.kind === "client" || ++named > 1) return false;
    }
    return true;
  }

  private becomeComponent(u: Unit, kids: Unit[]): void {
    u.decision = COMPONENT;
    for (const k of kids) this.absorb(u, k);
  }
}
