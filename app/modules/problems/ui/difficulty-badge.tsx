import type { Difficulty } from "~/modules/problems/problem-schema";

const STYLES: Record<Difficulty, string> = {
  easy: "badge-success",
  medium: "badge-warning",
  hard: "badge-error",
};

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return <span className={`badge badge-soft badge-sm capitalize ${STYLES[difficulty]}`}>{difficulty}</span>;
}
