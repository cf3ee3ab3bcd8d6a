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
    // Past Latin-1: would make the Location header throw.
    "/\u20ac",
    "/caf\u00e9",
    "/\ud83d\ude00",
  ])("refuses %s", (to) => {
    expect(safeRedirect(to, "/home")).toBe("/home");
  });
});
