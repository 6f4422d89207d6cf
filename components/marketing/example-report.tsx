import { Badge } from "@/components/ui/badge";
import type { RuleId } from "@/lib/grading/contract";
import type { MessageData } from "@/lib/grading/messages";
import { outcomeMessage, ruleById, type RuleMessageId } from "@/lib/grading/rules";

type ExampleFinding = {
  [Id in RuleId]: { ruleId: Id; messageId: RuleMessageId<Id>; data?: MessageData; status?: "fail" };
}[RuleId];

const lb = { label: "Load balancer", kind: "load_balancer" } as const;
const web = { label: "Web server", kind: "web_server" } as const;

/** The diagram's findings, in the words the rules really use for it. */
const findings = (
  [
    { ruleId: "redundant-web-tier", messageId: "pass", data: { lb: [lb], count: 2, servers: [web, web] } },
    {
      ruleId: "cache-layer",
      messageId: "pass",
      data: { web: [web, web], cache: [{ label: "Redis cache", kind: "cache" }] },
    },
    {
      ruleId: "database-replication",
      messageId: "pass",
      data: {
        primary: [{ label: "DB primary", kind: "database" }],
        replicas: [{ label: "Read replica", kind: "database" }],
      },
    },
    { ruleId: "stateless-web-tier", messageId: "noSessionStore", status: "fail" },
    { ruleId: "cdn-static-assets", messageId: "noCdn", status: "fail" },
  ] satisfies ExampleFinding[]
).map(({ ruleId, status = "pass" as const, ...outcome }) => {
  const rule = ruleById(ruleId);
  return {
    title: rule.meta.title,
    status,
    note: outcomeMessage(rule, { ...outcome, status, elementIds: [] }),
  };
});

function Node({
  x,
  y,
  w,
  label,
  tone = "slate",
}: {
  x: number;
  y: number;
  w: number;
  label: string;
  tone?: "slate" | "indigo" | "red";
}) {
  const stroke = tone === "indigo" ? "#4f46e5" : tone === "red" ? "#dc2626" : "#475569";
  const fill = tone === "indigo" ? "#eef2ff" : tone === "red" ? "#fef2f2" : "#ffffff";
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={w}
        height={26}
        rx={6}
        fill={fill}
        stroke={stroke}
        strokeWidth={1.25}
        strokeDasharray={tone === "red" ? "4 3" : undefined}
      />
      <text x={x + w / 2} y={y + 17} textAnchor="middle" fontSize={11} fill="#0f172a" fontFamily="inherit">
        {label}
      </text>
    </g>
  );
}

/**
 * A static illustration of what a report looks like: a small diagram and five findings.
 * Clearly labelled as an example; it is not anyone's real result.
 */
export function ExampleReport() {
  return (
    <figure className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <figcaption className="flex items-center justify-between gap-3">
        <span className="text-sm font-semibold text-slate-900">Example report</span>
        <Badge tone="neutral">Illustration</Badge>
      </figcaption>
      <svg
        viewBox="0 0 320 178"
        role="img"
        aria-label="Example diagram: users reach a load balancer, which sends traffic to two web servers; the web servers use a cache and a primary database with a read replica."
        className="mt-4 w-full rounded-lg border border-slate-100 bg-[radial-gradient(#e2e8f0_1px,transparent_1px)] [background-size:14px_14px]"
      >
        <g stroke="#94a3b8" strokeWidth={1.25} fill="none">
          <path d="M160 34v14" />
          <path d="M160 74 100 92M160 74l60 18" />
          <path d="M100 118 60 138M100 118l60 20M220 118l-60 20M220 118l40 20" />
        </g>
        <Node x={120} y={8} w={80} label="Users" />
        <Node x={105} y={48} w={110} label="Load balancer" tone="indigo" />
        <Node x={55} y={92} w={90} label="Web server" />
        <Node x={175} y={92} w={90} label="Web server" />
        <Node x={20} y={138} w={80} label="Redis cache" />
        <Node x={115} y={138} w={90} label="DB primary" />
        <Node x={220} y={138} w={90} label="Read replica" />
      </svg>
      <ul className="mt-4 divide-y divide-slate-100">
        {findings.map((finding) => (
          <li key={finding.title} className="flex items-start gap-3 py-2.5">
            {finding.status === "pass" ? (
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                fill="currentColor"
                className="mt-0.5 size-5 shrink-0 text-emerald-600"
              >
                <path
                  fillRule="evenodd"
                  clipRule="evenodd"
                  d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.857-9.809a.75.75 0 0 0-1.214-.882l-3.483 4.79-1.88-1.88a.75.75 0 1 0-1.06 1.061l2.5 2.5a.75.75 0 0 0 1.137-.089l4-5.5Z"
                />
              </svg>
            ) : (
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                fill="currentColor"
                className="mt-0.5 size-5 shrink-0 text-red-600"
              >
                <path
                  fillRule="evenodd"
                  clipRule="evenodd"
                  d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16ZM8.28 7.22a.75.75 0 0 0-1.06 1.06L8.94 10l-1.72 1.72a.75.75 0 1 0 1.06 1.06L10 11.06l1.72 1.72a.75.75 0 1 0 1.06-1.06L11.06 10l1.72-1.72a.75.75 0 0 0-1.06-1.06L10 8.94 8.28 7.22Z"
                />
              </svg>
            )}
            <div className="min-w-0 text-sm">
              <p className="font-medium text-slate-900">
                {finding.title}
                <span className="sr-only">: {finding.status === "pass" ? "passed" : "failed"}</span>
              </p>
              <p className="text-slate-600">{finding.note}</p>
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
