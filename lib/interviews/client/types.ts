import type { Rubric } from "@/lib/grading/contract";
import type { StoredScene } from "./scene";

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
    requirements: { functional: string[]; nonFunctional: string[] };
    scale: { label: string; value: string }[];
    durationMinutes: number;
    rubric: Rubric | null;
  };
}
