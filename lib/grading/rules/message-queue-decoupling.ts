import { idsOf, linkIds, mentions, unique, WEB_TIER } from "./helpers";
import { defineRule } from "./types";

export const messageQueueDecoupling = defineRule({
  meta: {
    id: "message-queue-decoupling",
    title: "Tiers decoupled by a message queue",
    summary: "A message queue connects a producer (web server or service) to a separate consumer (worker or service).",
    checklist: "7. Split tiers into individual services",
    severity: "minor",
    rationale:
      "A queue between the web tier and background workers lets each side scale and fail on its own: slow work leaves the request path, bursts are absorbed, and a crashed consumer loses nothing.",
    remediation:
      "Add a message queue (Kafka, SQS, RabbitMQ…) that a web server or service publishes to and a worker or another service consumes from.",
    messages: {
      pass: "{producer} hands work to {consumer} through {queue}.",
      noQueue: "There is no message queue: every tier calls the next one synchronously.",
      notBetween:
        "{queues} {queuesCount, plural, one {is} other {are}} not placed between a producer (web server or service) and a separate consumer (worker or service).",
    },
  },
  check(graph) {
    const queues = graph.ofKind("message_queue");
    if (queues.length === 0) return { status: "fail", messageId: "noQueue", elementIds: [] };
    for (const queue of queues) {
      const around = graph.neighbours(queue.id);
      const producers = around.filter((n) => WEB_TIER.includes(n.kind));
      const consumers = around.filter((n) => n.kind === "worker" || n.kind === "web_server");
      for (const producer of producers) {
        const consumer = consumers.find((c) => c.id !== producer.id);
        if (consumer) {
          return {
            status: "pass",
            messageId: "pass",
            data: { producer: mentions([producer]), consumer: mentions([consumer]), queue: mentions([queue]) },
            elementIds: unique([...idsOf([queue, producer, consumer]), ...linkIds(graph, queue, [producer, consumer])]),
          };
        }
      }
    }
    return {
      status: "fail",
      messageId: "notBetween",
      data: { queues: mentions(queues) },
      elementIds: idsOf(queues),
    };
  },
});
