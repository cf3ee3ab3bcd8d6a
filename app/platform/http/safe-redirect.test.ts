import { describe, expect, it } from "vitest";

import { safeRedirect } from "~/platform/http/safe-redirect";

describe("safeRedirect", () => {
  it.each(["/", "/problems?difficulty=easy", "/sessions/abc#chat"])("keeps the local path %s", (to) => {
    expect(safeRedirect(to)).toBe(to);
  });

  it.each([
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    null,
    undefined,
    "/ok\nSet-Cookie:x",
  ])("refuses %s", (to) => {
    expect(safeRedirect(to, "/home")).toBe("/home");
  });
});
