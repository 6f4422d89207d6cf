import { ruleTester } from "../rule-tester";

ruleTester("message-queue-decoupling", {
  valid: [
    {
      name: "web server → Kafka → worker",
      messageId: "pass",
      data: { producer: '"Web server"', consumer: '"Worker"', queue: '"Kafka"' },
      build: (b) => {
        b.box("web", "Web server");
        b.box("q", "Kafka");
        b.box("w", "Worker");
        b.arrow("a1", "web", "q");
        b.arrow("a2", "q", "w");
      },
      elementIds: ["web", "web-text", "q", "q-text", "w", "w-text", "a1", "a2"],
    },
    {
      name: "service to service through SQS",
      messageId: "pass",
      data: { producer: '"Order Service"', consumer: '"Email Service"', queue: '"SQS"' },
      build: (b) => {
        b.box("o", "Order Service");
        b.box("q", "SQS");
        b.box("e", "Email Service");
        b.arrow("a1", "o", "q");
        b.arrow("a2", "e", "q");
      },
      elementIds: ["o", "o-text", "q", "q-text", "e", "e-text", "a1", "a2"],
    },
    {
      name: "Korean 메시지 큐 between API 서버 and 워커",
      messageId: "pass",
      data: { producer: '"API 서버"', consumer: '"워커"', queue: '"메시지 큐"' },
      build: (b) => {
        b.box("api", "API 서버");
        b.box("q", "메시지 큐");
        b.box("w", "워커");
        b.arrow("a1", "api", "q", { bind: "none" });
        b.arrow("a2", "q", "w", { bind: "end" });
      },
      elementIds: ["api", "api-text", "q", "q-text", "w", "w-text", "a1", "a2"],
    },
  ],
  invalid: [
    {
      name: "no queue",
      messageId: "noQueue",
      build: (b) => {
        b.box("web", "Web");
        b.box("w", "Worker");
        b.arrow("a1", "web", "w");
      },
      elementIds: [],
    },
    {
      name: "a queue with a producer but no consumer",
      messageId: "notBetween",
      data: { queues: '"RabbitMQ"' },
      build: (b) => {
        b.box("web", "Web");
        b.box("q", "RabbitMQ");
        b.arrow("a1", "web", "q");
      },
      elementIds: ["q", "q-text"],
    },
    {
      name: "a queue whose only neighbour is one service",
      messageId: "notBetween",
      data: { queues: '"Queue"' },
      build: (b) => {
        b.box("svc", "Service", { x: 0, y: 0 });
        b.box("q", "Queue", { x: 400, y: 0 });
        b.arrow("a1", "svc", "q");
        b.arrow("a2", "q", "svc");
      },
      elementIds: ["q", "q-text"],
    },
  ],
});
