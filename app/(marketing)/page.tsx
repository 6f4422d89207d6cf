import Link from "next/link";
import { CodeBlock } from "@/components/marketing/code-block";
import { ExampleReport } from "@/components/marketing/example-report";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/page";
import { getCurrentUser } from "@/lib/auth/session";

const steps = [
  {
    title: "Pick a prompt",
    body: "Each prompt has a brief, functional and non-functional requirements, scale figures and the rubric it is graded on.",
  },
  {
    title: "Draw in a timed whiteboard",
    body: "Sketch the architecture in Excalidraw with a palette of system-design components. The clock runs like a real interview; your work is saved as you go.",
  },
  {
    title: "Get graded rule by rule",
    body: "A deterministic rule engine reads your boxes, labels and arrows, and shows which checks passed, which failed, and the parts of the drawing each one is about.",
  },
  {
    title: "Ask a mentor to review",
    body: "Mentors open your design read-only, comment on single components or the whole thing, and can adjust the grade with a reason.",
  },
];

const checklist = [
  {
    title: "Keep the web tier stateless",
    body: "Web servers share a session store instead of relying on sticky sessions.",
  },
  {
    title: "Build redundancy at every tier",
    body: "Two or more web servers behind a load balancer, a redundant load balancer, a replicated database and no single point of failure.",
  },
  {
    title: "Cache data as much as you can",
    body: "A cache such as Redis or Memcached sits next to the web tier.",
  },
  {
    title: "Support multiple data centers",
    body: "The web tier runs in two or more data centers, with DNS or geo-routing in front.",
  },
  {
    title: "Host static assets in a CDN",
    body: "Users fetch images, scripts and styles from a CDN, not from your servers.",
  },
  {
    title: "Scale the data tier by sharding",
    body: "Data is split across two or more shards.",
  },
  {
    title: "Split tiers into individual services",
    body: "A message queue decouples producers from workers.",
  },
  {
    title: "Monitor the system and use automation",
    body: "Logging, metrics or CI/CD is part of the drawing and connected to the system.",
  },
];

function SectionHeading({ id, eyebrow, title, lead }: { id: string; eyebrow: string; title: string; lead: string }) {
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-semibold text-indigo-700">{eyebrow}</p>
      <h2 id={id} className="mt-2 text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
        {title}
      </h2>
      <p className="mt-3 text-base leading-relaxed text-slate-600">{lead}</p>
    </div>
  );
}

export default async function LandingPage() {
  const user = await getCurrentUser();
  const startHref = user ? "/dashboard" : "/sign-up";

  return (
    <>
      <section aria-labelledby="hero-title" className="border-b border-slate-200 bg-white">
        <Container className="grid items-center gap-12 py-14 sm:py-16 lg:grid-cols-[minmax(0,1fr)_26rem] lg:py-20">
          <div>
            <p className="inline-flex items-center gap-2 rounded-full bg-indigo-50 px-3 py-1 text-sm font-medium text-indigo-700 ring-1 ring-inset ring-indigo-200">
              System-design interview practice
            </p>
            <h1
              id="hero-title"
              className="mt-5 text-4xl font-semibold tracking-tight text-balance text-slate-900 sm:text-5xl"
            >
              Practise system design on a whiteboard that grades you rule by rule.
            </h1>
            <p className="mt-5 max-w-xl text-lg leading-relaxed text-pretty text-slate-600">
              Start a timed mock interview, draw your architecture, and get a report that shows what holds up at scale,
              what does not, and exactly which boxes and arrows each finding is about.
            </p>
            <div className="mt-8 flex flex-wrap items-center gap-3">
              <ButtonLink href={startHref} size="lg">
                Start practising
              </ButtonLink>
              <ButtonLink href="/prompts" size="lg" variant="secondary">
                Browse prompts
              </ButtonLink>
            </div>
            {user ? null : (
              <p className="mt-4 text-sm text-slate-500">Email and password is all it takes to create an account.</p>
            )}
          </div>
          <ExampleReport />
        </Container>
      </section>

      <section aria-labelledby="how-title" className="py-16 sm:py-20">
        <Container>
          <SectionHeading
            id="how-title"
            eyebrow="How it works"
            title="From prompt to feedback in one sitting"
            lead="The same loop as a real interview, with a grader that explains itself afterwards."
          />
          <ol className="mt-10 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {steps.map((step, index) => (
              <li key={step.title} className="relative rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
                <span
                  aria-hidden="true"
                  className="flex size-8 items-center justify-center rounded-full bg-indigo-600 text-sm font-semibold text-white"
                >
                  {index + 1}
                </span>
                <h3 className="mt-4 text-base font-semibold text-slate-900">
                  <span className="sr-only">Step {index + 1}: </span>
                  {step.title}
                </h3>
                <p className="mt-2 text-sm leading-relaxed text-slate-600">{step.body}</p>
              </li>
            ))}
          </ol>
        </Container>
      </section>

      <section aria-labelledby="checklist-title" className="border-y border-slate-200 bg-white py-16 sm:py-20">
        <Container className="grid gap-10 lg:grid-cols-[20rem_minmax(0,1fr)] lg:gap-16">
          <div>
            <SectionHeading
              id="checklist-title"
              eyebrow="What gets graded"
              title="The eight-point scaling checklist"
              lead="The classic path from one server to millions of users, turned into checks a program can run on your drawing."
            />
            <p className="mt-4 text-sm leading-relaxed text-slate-500">
              Label components the way you would on a real whiteboard, in English or Korean: &ldquo;LB&rdquo;,
              &ldquo;Redis&rdquo;, &ldquo;로드밸런서&rdquo; and &ldquo;샤드 2&rdquo; are all understood. Labels it
              cannot place are listed as not recognised, never silently dropped.
            </p>
          </div>
          <ol className="grid gap-x-8 gap-y-6 sm:grid-cols-2">
            {checklist.map((item, index) => (
              <li key={item.title} className="flex gap-4">
                <span
                  aria-hidden="true"
                  className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-slate-100 text-sm font-semibold text-slate-700 ring-1 ring-inset ring-slate-200"
                >
                  {index + 1}
                </span>
                <div>
                  <h3 className="text-base font-semibold text-slate-900">{item.title}</h3>
                  <p className="mt-1 text-sm leading-relaxed text-slate-600">{item.body}</p>
                </div>
              </li>
            ))}
          </ol>
        </Container>
      </section>

      <section id="grading-api" aria-labelledby="ci-title" className="scroll-mt-20 py-16 sm:py-20">
        <Container className="grid items-start gap-10 lg:grid-cols-2 lg:gap-16">
          <div>
            <SectionHeading
              id="ci-title"
              eyebrow="For teams"
              title="Grade your diagrams from CI"
              lead="Keep architecture diagrams next to the code and check them on every change. No account needed."
            />
            <ul className="mt-6 space-y-3 text-sm leading-relaxed text-slate-600">
              <li className="flex gap-3">
                <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-indigo-600" />
                <span>
                  Post an{" "}
                  <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.8125rem] text-slate-800">
                    .excalidraw
                  </code>{" "}
                  file to the JSON API and get the score, every finding with the element ids it points at, and any
                  labels the grader did not recognise.
                </span>
              </li>
              <li className="flex gap-3">
                <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-indigo-600" />
                <span>
                  Or run the same engine locally from the command line; add{" "}
                  <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.8125rem] text-slate-800">
                    --json
                  </code>{" "}
                  for machine-readable output.
                </span>
              </li>
              <li className="flex gap-3">
                <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-indigo-600" />
                <span>
                  The grader is deterministic: the same drawing always gets the same result, stamped with the engine
                  version.
                </span>
              </li>
            </ul>
          </div>
          <div className="min-w-0 space-y-4">
            <CodeBlock label="HTTP" code="curl -X POST --data-binary @design.excalidraw https://<host>/api/grade" />
            <CodeBlock label="Command line" code="npm run grade -- design.excalidraw" />
          </div>
        </Container>
      </section>

      <section aria-labelledby="cta-title" className="pb-20">
        <Container>
          <div className="flex flex-col items-start gap-6 rounded-2xl bg-indigo-600 px-6 py-10 sm:px-10 md:flex-row md:items-center md:justify-between">
            <div className="max-w-xl">
              <h2 id="cta-title" className="text-2xl font-semibold tracking-tight text-white">
                Start with the classic
              </h2>
              <p className="mt-2 text-base leading-relaxed text-indigo-100">
                Scale a web service from one server to millions of users, then see which of the eight points your
                drawing covers.
              </p>
            </div>
            <Link
              href={startHref}
              className="inline-flex h-12 shrink-0 items-center justify-center rounded-lg bg-white px-6 text-base font-medium text-indigo-700 shadow-sm transition-colors hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
            >
              {user ? "Open your dashboard" : "Create your account"}
            </Link>
          </div>
        </Container>
      </section>
    </>
  );
}
