import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { RuleId } from "@/lib/grading/contract";
import { messageLocale, ruleWords, type GradingLanguage } from "@/lib/grading/locales";
import type { MessageData } from "@/lib/grading/messages";
import { outcomeMessage, ruleById, type RuleMessageId } from "@/lib/grading/rules";

type ExampleFinding = {
  [Id in RuleId]: { ruleId: Id; messageId: RuleMessageId<Id>; data?: MessageData; status?: "fail" };
}[RuleId];

/** The diagram's boxes; their labels are the marketing catalogue's example.labels.<key>. */
type BoxLabel = "users" | "loadBalancer" | "webServer" | "redisCache" | "dbPrimary" | "readReplica";

/**
 * The diagram's findings, in the words the rules really use for it (the engine's catalogue in
 * the reader's language), with the boxes' labels in that language too.
 */
function exampleFindings(language: GradingLanguage, label: (box: BoxLabel) => string) {
  const lb = { label: label("loadBalancer"), kind: "load_balancer" } as const;
  const web = { label: label("webServer"), kind: "web_server" } as const;
  const findings: ExampleFinding[] = [
    { ruleId: "redundant-web-tier", messageId: "pass", data: { lb: [lb], count: 2, servers: [web, web] } },
    {
      ruleId: "cache-layer",
      messageId: "pass",
      data: { web: [web, web], cache: [{ label: label("redisCache"), kind: "cache" }] },
    },
    {
      ruleId: "database-replication",
      messageId: "pass",
      data: {
        primary: [{ label: label("dbPrimary"), kind: "database" }],
        replicas: [{ label: label("readReplica"), kind: "database" }],
      },
    },
    { ruleId: "stateless-web-tier", messageId: "noSessionStore", status: "fail" },
    { ruleId: "cdn-static-assets", messageId: "noCdn", status: "fail" },
  ];
  return findings.map(({ ruleId, status = "pass" as const, ...outcome }) => {
    const words = ruleWords(ruleId, language);
    return {
      ruleId,
      title: words.title,
      status,
      note: outcomeMessage(
        ruleById(ruleId),
        { ...outcome, status, elementIds: [] },
        messageLocale(language),
        words.messages,
      ),
    };
  });
}

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
  const t = useTranslations("marketing.example");
  const label = (box: BoxLabel) => t(`labels.${box}`);
  const findings = exampleFindings(useLocale(), label);
  return (
    <figure className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <figcaption className="flex items-center justify-between gap-3">
        <span className="text-sm font-semibold text-slate-900">{t("title")}</span>
        <Badge tone="neutral">{t("illustration")}</Badge>
      </figcaption>
      <svg
        viewBox="0 0 320 178"
        role="img"
        aria-label={t("diagram")}
        className="mt-4 w-full rounded-lg border border-slate-100 bg-[radial-gradient(#e2e8f0_1px,transparent_1px)] [background-size:14px_14px]"
      >
        <g stroke="#94a3b8" strokeWidth={1.25} fill="none">
          <path d="M160 34v14" />
          <path d="M160 74 100 92M160 74l60 18" />
          <path d="M100 118 60 138M100 118l60 20M220 118l-60 20M220 118l40 20" />
        </g>
        <Node x={120} y={8} w={80} label={label("users")} />
        <Node x={105} y={48} w={110} label={label("loadBalancer")} tone="indigo" />
        <Node x={55} y={92} w={90} label={label("webServer")} />
        <Node x={175} y={92} w={90} label={label("webServer")} />
        <Node x={20} y={138} w={80} label={label("redisCache")} />
        <Node x={115} y={138} w={90} label={label("dbPrimary")} />
        <Node x={220} y={138} w={90} label={label("readReplica")} />
      </svg>
      <ul className="mt-4 divide-y divide-slate-100">
        {findings.map((finding) => (
          <li key={finding.ruleId} className="flex items-start gap-3 py-2.5">
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
                <span className="sr-only">{finding.status === "pass" ? t("passed") : t("failed")}</span>
              </p>
              <p className="text-slate-600">{finding.note}</p>
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
