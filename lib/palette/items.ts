// The system-design components a candidate can drag onto the board, and how each is drawn.
import type { LibraryItem } from "@excalidraw/excalidraw/types";
import {
  boundLabel,
  ellipse,
  PALETTE_TIMESTAMP,
  rectangle,
  type PaletteCustomData,
  type PaletteElement,
  type PaletteKind,
  type PaletteRole,
  type Style,
} from "./elements";

/** How an item is drawn. */
export type PaletteShape =
  /** A rounded rectangle, the standard component (180×80). */
  | "box"
  /** An ellipse (180×80), for name-resolution and edge services. */
  | "ellipse"
  /** A tall rounded rectangle (100×160), a phone. */
  | "phone"
  /** Three stacked boxes, one component of several instances. */
  | "stack"
  /** A box with an elliptical lid: a cylinder, the usual database glyph. */
  | "cylinder"
  /** A wide, low box (260×60): a pipe that messages pass through. */
  | "wide"
  /** A large dashed rectangle with its title top-left, to put other components in. */
  | "zone";

export type PaletteTier = "entry" | "compute" | "data" | "async" | "ops" | "zone";

export interface PaletteItemMeta {
  /** Stable id of the library item; element ids derive from it. */
  id: string;
  kind: PaletteKind;
  role?: PaletteRole;
  replicas?: number;
  /** English name, as the item is called in the library. */
  nameEn: string;
  /** Korean name. */
  nameKo: string;
  /** The text drawn on the board: short, English. */
  label: string;
  description: string;
  tier: PaletteTier;
  shape: PaletteShape;
}

/**
 * Colours from Excalidraw's own picker (open-color: shade 2 fills, shade 8 strokes), one hue
 * family per tier so a drawing reads at a glance.
 */
const TIER_STYLES = {
  client: { backgroundColor: "#e7f5ff", strokeColor: "#1971c2" },
  entry: { backgroundColor: "#a5d8ff", strokeColor: "#1971c2" },
  edge: { backgroundColor: "#99e9f2", strokeColor: "#0c8599" },
  compute: { backgroundColor: "#b2f2bb", strokeColor: "#2f9e44" },
  memory: { backgroundColor: "#ffd8a8", strokeColor: "#e8590c" },
  database: { backgroundColor: "#d0bfff", strokeColor: "#6741d9" },
  storage: { backgroundColor: "#eebefa", strokeColor: "#9c36b5" },
  async: { backgroundColor: "#ffec99", strokeColor: "#f08c00" },
  ops: { backgroundColor: "#e9ecef", strokeColor: "#343a40" },
  zone: { backgroundColor: "transparent", strokeColor: "#868e96" },
} satisfies Record<string, Style>;

type StyleName = keyof typeof TIER_STYLES;

/** Dark text on every fill (Excalidraw's default stroke colour). */
const TEXT_COLOR = "#1e1e1e";

interface ItemSpec extends PaletteItemMeta {
  style: StyleName;
  strokeStyle?: Style["strokeStyle"];
}

const SPECS: readonly ItemSpec[] = [
  {
    id: "client",
    kind: "client",
    nameEn: "Client (user, browser)",
    nameKo: "클라이언트 (사용자, 브라우저)",
    label: "Client",
    description: "A user's web browser or any caller from outside the system.",
    tier: "entry",
    shape: "box",
    style: "client",
  },
  {
    id: "mobile-client",
    kind: "client",
    nameEn: "Mobile client",
    nameKo: "모바일 클라이언트",
    label: "Mobile",
    description: "A native app on a phone; talks to the same entry tier as the browser.",
    tier: "entry",
    shape: "phone",
    style: "client",
  },
  {
    id: "dns",
    kind: "dns",
    nameEn: "DNS",
    nameKo: "DNS (도메인 네임 시스템)",
    label: "DNS",
    description: "Resolves the domain to the entry points; can route by region (GeoDNS).",
    tier: "entry",
    shape: "ellipse",
    style: "edge",
  },
  {
    id: "cdn",
    kind: "cdn",
    nameEn: "CDN",
    nameKo: "CDN (콘텐츠 전송 네트워크)",
    label: "CDN",
    description: "Serves static assets (images, scripts, video) from caches near the user.",
    tier: "entry",
    shape: "ellipse",
    style: "edge",
  },
  {
    id: "load-balancer",
    kind: "load_balancer",
    nameEn: "Load balancer",
    nameKo: "로드밸런서",
    label: "Load balancer",
    description: "Spreads incoming requests across the web servers behind it.",
    tier: "entry",
    shape: "box",
    style: "entry",
  },
  {
    id: "api-gateway",
    kind: "api_gateway",
    nameEn: "API gateway",
    nameKo: "API 게이트웨이",
    label: "API gateway",
    description: "One front door for the APIs: routing, authentication, rate limiting.",
    tier: "entry",
    shape: "box",
    style: "entry",
  },
  {
    id: "web-server",
    kind: "web_server",
    nameEn: "Web server",
    nameKo: "웹 서버",
    label: "Web server",
    description: "Runs the application and answers requests; keep it stateless.",
    tier: "compute",
    shape: "box",
    style: "compute",
  },
  {
    id: "web-servers-x3",
    kind: "web_server",
    replicas: 3,
    nameEn: "Web servers ×3",
    nameKo: "웹 서버 ×3",
    label: "Web servers ×3",
    description: "Three identical web servers: one tier, several instances.",
    tier: "compute",
    shape: "stack",
    style: "compute",
  },
  {
    id: "cache",
    kind: "cache",
    nameEn: "Cache",
    nameKo: "캐시",
    label: "Cache",
    description: "In-memory store (Redis, Memcached) for hot reads in front of the database.",
    tier: "data",
    shape: "box",
    style: "memory",
  },
  {
    id: "session-store",
    kind: "session_store",
    nameEn: "Session store",
    nameKo: "세션 저장소",
    label: "Session store",
    description: "Shared session data, so any web server can serve any user.",
    tier: "data",
    shape: "box",
    style: "memory",
  },
  {
    id: "database-primary",
    kind: "database",
    role: "primary",
    nameEn: "Database (primary)",
    nameKo: "데이터베이스 (주, 마스터)",
    label: "Primary DB",
    description: "The database that takes the writes and replicates them.",
    tier: "data",
    shape: "cylinder",
    style: "database",
  },
  {
    id: "database-replica",
    kind: "database",
    role: "replica",
    nameEn: "Database (read replica)",
    nameKo: "데이터베이스 (부, 읽기 복제본)",
    label: "Replica DB",
    description: "A read-only copy of the primary: serves reads, can take over if it fails.",
    tier: "data",
    shape: "cylinder",
    style: "database",
    strokeStyle: "dashed",
  },
  {
    id: "database-shard",
    kind: "database",
    role: "shard",
    nameEn: "Database shard",
    nameKo: "데이터베이스 샤드",
    label: "Shard DB",
    description: "One partition of the data; rename it (Shard 1, Shard 2…) for each shard.",
    tier: "data",
    shape: "cylinder",
    style: "database",
  },
  {
    id: "message-queue",
    kind: "message_queue",
    nameEn: "Message queue",
    nameKo: "메시지 큐",
    label: "Message queue",
    description: "Buffers work between producers and consumers (Kafka, RabbitMQ, SQS).",
    tier: "async",
    shape: "wide",
    style: "async",
  },
  {
    id: "worker",
    kind: "worker",
    nameEn: "Worker",
    nameKo: "워커",
    label: "Worker",
    description: "Consumes jobs from a queue and does the slow work in the background.",
    tier: "async",
    shape: "box",
    style: "async",
  },
  {
    id: "monitoring",
    kind: "monitoring",
    nameEn: "Monitoring",
    nameKo: "모니터링",
    label: "Monitoring",
    description: "Metrics, logs and alerts for the whole system.",
    tier: "ops",
    shape: "box",
    style: "ops",
  },
  {
    id: "data-center",
    kind: "data_center",
    nameEn: "Data center zone",
    nameKo: "데이터 센터 (리전)",
    label: "Data center",
    description: "A data center or region: draw the components that run there inside it.",
    tier: "zone",
    shape: "zone",
    style: "zone",
    strokeStyle: "dashed",
  },
  {
    id: "object-storage",
    kind: "object_storage",
    nameEn: "Object storage",
    nameKo: "오브젝트 스토리지",
    label: "Object storage",
    description: "Files and blobs (S3): uploads, media, backups.",
    tier: "data",
    shape: "box",
    style: "storage",
  },
  {
    id: "search",
    kind: "search",
    nameEn: "Search",
    nameKo: "검색 엔진",
    label: "Search",
    description: "A full-text search index (Elasticsearch, OpenSearch) fed from the database.",
    tier: "data",
    shape: "box",
    style: "storage",
  },
];

/** Library item ids are namespaced so they never meet the ids of a user's own library. */
const ITEM_ID_PREFIX = "scaleboard-";

/** The palette's components, in the order the library shows them. */
export const PALETTE_ITEMS: readonly PaletteItemMeta[] = SPECS.map(
  ({ style: _style, strokeStyle: _strokeStyle, ...meta }) => Object.freeze(meta),
);

/**
 * The library item's name: both languages, so the library's search finds either, the reader's
 * own first ("Load balancer / 로드밸런서" in English, "로드밸런서 / Load balancer" in Korean).
 */
function paletteItemName(meta: Pick<PaletteItemMeta, "nameEn" | "nameKo">, language: "en" | "ko"): string {
  return language === "ko" ? `${meta.nameKo} / ${meta.nameEn}` : `${meta.nameEn} / ${meta.nameKo}`;
}

const COMPONENT_SIZE = { width: 180, height: 80 } as const;
const PHONE_SIZE = { width: 100, height: 160 } as const;
const WIDE_SIZE = { width: 260, height: 60 } as const;
const ZONE_SIZE = { width: 560, height: 360 } as const;
/** Offset between the boxes of a stack. */
const STACK_STEP = 12;
/** Height of a cylinder's lid. */
const LID_HEIGHT = 28;

function drawItem(spec: ItemSpec): PaletteElement[] {
  const prefix = `sb-${spec.id}`;
  const customData: PaletteCustomData = { kind: spec.kind };
  if (spec.role) customData.role = spec.role;
  if (spec.replicas !== undefined) customData.replicas = spec.replicas;
  const style: Style = { ...TIER_STYLES[spec.style], strokeStyle: spec.strokeStyle };
  const loose = { groupIds: [] as string[], customData };
  const grouped = { groupIds: [`${prefix}-group`], customData };
  const label = { strokeColor: TEXT_COLOR };

  switch (spec.shape) {
    case "box":
    case "phone":
    case "wide": {
      const size = spec.shape === "box" ? COMPONENT_SIZE : spec.shape === "phone" ? PHONE_SIZE : WIDE_SIZE;
      const shape = rectangle({ ...loose, id: `${prefix}-shape` }, { x: 0, y: 0, ...size }, style);
      const { container, text } = boundLabel({ ...loose, id: `${prefix}-label` }, shape, spec.label, label);
      return [container, text];
    }
    case "ellipse": {
      const shape = ellipse({ ...loose, id: `${prefix}-shape` }, { x: 0, y: 0, ...COMPONENT_SIZE }, style);
      const { container, text } = boundLabel({ ...loose, id: `${prefix}-label` }, shape, spec.label, label);
      return [container, text];
    }
    case "stack": {
      // Back to front, each one step down and to the left; the front box carries the label.
      const count = spec.replicas ?? 3;
      const boxes = Array.from({ length: count }, (_, i) => {
        const step = (count - 1 - i) * STACK_STEP;
        const id = i === count - 1 ? `${prefix}-shape` : `${prefix}-shape-${count - 1 - i}`;
        return rectangle({ ...grouped, id }, { x: step, y: (count - 1) * STACK_STEP - step, ...COMPONENT_SIZE }, style);
      });
      const front = boxes.pop()!;
      const { container, text } = boundLabel({ ...grouped, id: `${prefix}-label` }, front, spec.label, label);
      return [...boxes, container, text];
    }
    case "cylinder": {
      // Body first, lid over its top edge; the label sits in the body under the lid.
      const { width, height } = COMPONENT_SIZE;
      const body = rectangle(
        { ...grouped, id: `${prefix}-shape` },
        { x: 0, y: LID_HEIGHT / 2, width, height },
        style,
        false,
      );
      const lid = ellipse({ ...grouped, id: `${prefix}-lid` }, { x: 0, y: 0, width, height: LID_HEIGHT }, style);
      const { container, text } = boundLabel({ ...grouped, id: `${prefix}-label` }, body, spec.label, label);
      return [container, lid, text];
    }
    case "zone": {
      const frame = rectangle(
        { ...loose, id: `${prefix}-shape` },
        { x: 0, y: 0, ...ZONE_SIZE },
        { ...style, fillStyle: "solid" },
        // Square corners: a rounded corner would run through the title.
        false,
      );
      const { container, text } = boundLabel({ ...loose, id: `${prefix}-label` }, frame, spec.label, {
        strokeColor: "#343a40",
        textAlign: "left",
        verticalAlign: "top",
      });
      return [container, text];
    }
  }
}

/** Base-62 digits of fractional indices (rocicorp/fractional-indexing, as Excalidraw uses). */
const INDEX_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * Fractional indices "a0", "a1", … in drawing order, so Excalidraw finds them valid and has
 * nothing to renumber (it would otherwise bump every element's version on load).
 */
function withIndices(elements: PaletteElement[]): PaletteElement[] {
  if (elements.length > INDEX_DIGITS.length)
    throw new Error("palette item has too many elements for one-digit indices");
  return elements.map((element, i) => ({ ...element, index: `a${INDEX_DIGITS[i]}` as PaletteElement["index"] }));
}

/** The palette as Excalidraw library items, ready for `initialData.libraryItems`; names lead with `language`. */
export function buildPaletteLibraryItems(language: "en" | "ko" = "en"): LibraryItem[] {
  return SPECS.map((spec) => ({
    id: `${ITEM_ID_PREFIX}${spec.id}`,
    status: "published",
    created: PALETTE_TIMESTAMP,
    name: paletteItemName(spec, language),
    elements: withIndices(drawItem(spec)),
  }));
}
