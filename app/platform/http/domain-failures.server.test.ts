import { describe, expect, it } from "vitest";

import { SESSION_MESSAGES, sessionFailure, type SessionFailureReason } from "~/modules/sessions/session-failures";
import { failureResponse, failureStatus } from "~/platform/http/domain-failures.server";

describe("domain failures over HTTP", () => {
  it("maps every reason to a 4xx status", () => {
    const reasons = Object.keys(SESSION_MESSAGES) as SessionFailureReason[];
    for (const reason of reasons) {
      const status = failureStatus({ reason });
      expect(status, reason).toBeGreaterThanOrEqual(400);
      expect(status, reason).toBeLessThan(500);
    }
    expect(failureStatus({ reason: "not-found" })).toBe(404);
    expect(failureStatus({ reason: "full" })).toBe(409);
    expect(failureStatus({ reason: "ended" })).toBe(410);
    expect(failureStatus({ reason: "rate-limited" })).toBe(429);
  });

  it("puts the message next to its field and says when to retry", () => {
    const response = failureResponse(
      sessionFailure("rate-limited", { field: "password", retryAfterSeconds: 90, message: "Too many wrong passwords" }),
    );
    expect(response.init?.status).toBe(429);
    expect(new Headers(response.init?.headers).get("Retry-After")).toBe("90");
    expect(response.data.fieldErrors).toEqual({ password: ["Too many wrong passwords"] });
  });

  it("puts a failure without a field above the form", () => {
    const response = failureResponse(sessionFailure("full"));
    expect(response.init?.status).toBe(409);
    expect(response.data.formErrors).toEqual(["This session is full"]);
  });
});
