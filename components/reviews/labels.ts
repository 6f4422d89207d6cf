import type { ReviewStatus } from "@/lib/interviews/status";
import type { Recommendation, Signal } from "@/lib/reviews/schemas";

export const SIGNAL_LABELS: Record<Signal, string> = {
  requirements: "Requirements and scoping",
  high_level_design: "High-level design",
  deep_dive: "Deep dive",
  trade_offs: "Trade-offs",
  communication: "Communication",
};

export const SCORE_LABELS: Record<number, string> = { 1: "Weak", 2: "Mixed", 3: "Good", 4: "Strong" };

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  strong_hire: "Strong hire",
  hire: "Hire",
  lean_no_hire: "Lean no hire",
  no_hire: "No hire",
};

export const REVIEW_STATE_LABELS: Record<ReviewStatus, string> = {
  requested: "Requested",
  in_review: "In review",
  done: "Done",
};
