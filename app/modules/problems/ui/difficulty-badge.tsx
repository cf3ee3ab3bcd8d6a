import type { Difficulty } from "~/modules/problems/problem-constants";

// A tinted background with the page's text colour keeps the label above 4.5:1 in both
// themes; DaisyUI's soft badges put the status colour on its own tint (1.8–2.9:1).
const STYLES: Record<Difficulty, string> = {
  easy: "bg-success/20 border-success/50",
  medium: "bg-warning/25 border-warning/60",
  hard: "bg-error/20 border-error/50",
};

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return (
    <span className={`badge badge-sm text-base-content capitalize ${STYLES[difficulty]}`} data-difficulty={difficulty}>
      {difficulty}
    </span>
  );
}
