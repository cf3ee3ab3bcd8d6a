import { createRequire } from "node:module";

import { describe, expect, it } from "vitest";

import { PYODIDE_VERSION } from "~/modules/judge/browser/python-cache";

describe("Pyodide cache", () => {
  it("is named after the installed Pyodide, so an upgrade is never served an old interpreter", () => {
    const installed = (createRequire(import.meta.url)("pyodide/package.json") as { version: string }).version;
    expect(PYODIDE_VERSION).toBe(installed);
  });
});
