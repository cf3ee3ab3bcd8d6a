import { describe, expect, it } from "vitest";

import { getStore } from "~/composition.server";
import * as roadmap from "~/routes/problems.roadmap";

import { person } from "../../tests/support/people";
import { getRequest, settle, testContext, unwrapData } from "../../tests/support/requests";

const args = (request: Request) => ({ request, context: testContext(), params: {} }) as never;

type RoadmapData = Awaited<ReturnType<typeof roadmap.loader>>;

describe("the roadmap page", () => {
  it("shows every topic that has problems, in roadmap order, to anyone", async () => {
    const { data } = unwrapData<RoadmapData>(await settle(() => roadmap.loader(args(getRequest("/problems/roadmap")))));
    expect(data.signedIn).toBe(false);
    expect(data.sections[0]?.topic).toBe("arrays-hashing");
    expect(data.sections.every((s) => s.problems.length > 0)).toBe(true);
    expect(data.sections.flatMap((s) => s.problems).every((p) => p.status === null)).toBe(true);
  });

  it("marks what the signed-in user solved and attempted, and counts it per topic", async () => {
    const { user, cookie } = await person("rm");
    const base = { userId: user.id, language: "javascript" as const, code: "x", total: 13, timeMs: 1 };
    await getStore().submissions.create({ ...base, problemSlug: "two-sum", verdict: "Accepted", passed: 13 });
    await getStore().submissions.create({ ...base, problemSlug: "group-anagrams", verdict: "Wrong Answer", passed: 2 });
    const { data } = unwrapData<RoadmapData>(
      await settle(() => roadmap.loader(args(getRequest("/problems/roadmap", cookie)))),
    );
    const arrays = data.sections.find((s) => s.topic === "arrays-hashing")!;
    expect(arrays.problems.find((p) => p.slug === "two-sum")?.status).toBe("solved");
    expect(arrays.problems.find((p) => p.slug === "group-anagrams")?.status).toBe("attempted");
    expect(arrays.solved).toBe(1);
  });
});
