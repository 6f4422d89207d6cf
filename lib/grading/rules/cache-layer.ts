import { idsOf, linkIds, mentions, unique, WEB_TIER } from "./helpers";
import { defineRule } from "./types";

export const cacheLayer = defineRule({
  meta: {
    id: "cache-layer",
    title: "Cache in front of the data tier",
    summary: "A cache is connected to the web tier.",
    checklist: "3. Cache data as much as you can",
    severity: "major",
    rationale:
      "Reads dominate most workloads. A cache (Redis, Memcached) used by the web tier answers repeated reads in memory, cutting latency and the load on the database.",
    remediation: "Add a cache and connect it to the web servers that read through it.",
    messages: {
      pass: "{web} {webCount, plural, one {reads} other {read}} through {cache}.",
      noCache: "There is no cache: every read goes to the database.",
      notConnected: "{caches} {cachesCount, plural, one {is} other {are}} not connected to the web tier.",
    },
  },
  check(graph) {
    const caches = graph.ofKind("cache");
    if (caches.length === 0) return { status: "fail", messageId: "noCache", elementIds: [] };
    for (const cache of caches) {
      const web = graph.neighbours(cache.id).filter((n) => WEB_TIER.includes(n.kind));
      if (web.length) {
        return {
          status: "pass",
          messageId: "pass",
          data: { web: mentions(web), cache: mentions([cache]) },
          elementIds: unique([...idsOf([cache], web), ...linkIds(graph, cache, web)]),
        };
      }
    }
    return {
      status: "fail",
      messageId: "notConnected",
      data: { caches: mentions(caches) },
      elementIds: idsOf(caches),
    };
  },
});
