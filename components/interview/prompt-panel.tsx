import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BriefParagraphs, ScaleFigures } from "@/components/prompts/prompt-content";
import { RubricList } from "@/components/prompts/rubric-list";
import { BulletList } from "@/components/ui/bullet-list";
import type { InterviewInitialData } from "@/lib/interviews/client/types";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2.5">
      <h3 id={id} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The prompt beside the board: brief, requirements, scale, pace and what it is graded on. */
export function PromptPanel({ prompt, pace }: { prompt: InterviewInitialData["prompt"]; pace: ReactNode }) {
  const t = useTranslations("interview");
  const { functional, nonFunctional } = prompt.requirements;
  return (
    <div className="space-y-6">
      <Section id="panel-brief" title={t("prompt.brief")}>
        <BriefParagraphs brief={prompt.brief} size="sm" />
      </Section>
      {functional.length > 0 || nonFunctional.length > 0 ? (
        <Section id="panel-requirements" title={t("prompt.requirements")}>
          {functional.length > 0 ? (
            <div>
              <h4 className="mb-1.5 text-sm font-medium text-slate-900">{t("prompt.functional")}</h4>
              <BulletList items={functional} size="sm" />
            </div>
          ) : null}
          {nonFunctional.length > 0 ? (
            <div className="pt-2">
              <h4 className="mb-1.5 text-sm font-medium text-slate-900">{t("prompt.nonFunctional")}</h4>
              <BulletList items={nonFunctional} size="sm" />
            </div>
          ) : null}
        </Section>
      ) : null}
      {prompt.scale.length > 0 ? (
        <Section id="panel-scale" title={t("prompt.scale")}>
          <ScaleFigures scale={prompt.scale} size="sm" />
        </Section>
      ) : null}
      <Section id="panel-pace" title={t("prompt.pace", { minutes: prompt.durationMinutes })}>
        {pace}
      </Section>
      <Section id="panel-rubric" title={t("prompt.gradedOn")}>
        <RubricList rubric={prompt.rubric} />
      </Section>
    </div>
  );
}
