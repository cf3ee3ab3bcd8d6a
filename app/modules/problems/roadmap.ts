import type { Difficulty, Topic } from "~/modules/problems/problem-constants";
import { TOPICS } from "~/modules/problems/problem-constants";

/** The roadmap's topics, in order: everything in TOPICS but the cross-cutting tags. */
export const ROADMAP_TOPICS = (Object.keys(TOPICS) as Topic[]).filter((t) => t !== "strings" && t !== "design");

export interface RoadmapProblem {
  slug: string;
  title: string;
  difficulty: Difficulty;
  topics: readonly Topic[];
  status: "solved" | "attempted" | null;
}

export interface RoadmapSection {
  topic: Topic;
  label: string;
  problems: RoadmapProblem[];
  solved: number;
}

const DIFFICULTY_ORDER: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

/** Each problem stands once, under its first roadmap topic; easiest first within a topic. */
export function roadmapOf(problems: readonly RoadmapProblem[]): RoadmapSection[] {
  const sections = new Map<Topic, RoadmapProblem[]>(ROADMAP_TOPICS.map((t) => [t, []]));
  for (const problem of problems) {
    const topic = problem.topics.find((t) => sections.has(t));
    if (topic) sections.get(topic)!.push(problem);
  }
  return ROADMAP_TOPICS.map((topic) => {
    const list = sections
      .get(topic)!
      .sort(
        (a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.title.localeCompare(b.title),
      );
    return { topic, label: TOPICS[topic], problems: list, solved: list.filter((p) => p.status === "solved").length };
  });
}
