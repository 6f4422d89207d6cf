import type { Rubric } from "@/lib/grading/contract";
import type { PromptRequirements, ScaleFigure } from "@/lib/prompts/stored";
import type { StoredScene } from "@/lib/interviews/scene";

/** What the interview page's server component hands its client side (plain JSON, no Dates). */
export interface InterviewInitialData {
  id: string;
  version: number;
  scene: StoredScene;
  notes: string;
  startedAt: string;
  deadline: string;
  /** The server's clock when the page was rendered: the client measures its own skew from it. */
  serverNow: string;
  prompt: {
    slug: string;
    title: string;
    brief: string;
    requirements: PromptRequirements;
    scale: ScaleFigure[];
    durationMinutes: number;
    rubric: Rubric;
  };
}
