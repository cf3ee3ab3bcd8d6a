import { describe, expect, it } from "vitest";

import { getRequest, settle, testContext } from "../../tests/support/requests";
import * as inngestRoute from "./api.inngest";

describe("/api/inngest without Inngest configured", () => {
  it("does not exist: the jobs run in-process", async () => {
    const args = { request: getRequest("/api/inngest"), context: testContext(), params: {} } as never;
    expect(((await settle(() => inngestRoute.loader(args))) as Response).status).toBe(404);
    expect(((await settle(() => inngestRoute.action(args))) as Response).status).toBe(404);
  });
});
