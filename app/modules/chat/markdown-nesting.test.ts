import { describe, expect, it } from "vitest";

import { isNestedTooDeeply, markdownNestingDepth, MAX_MARKDOWN_NESTING } from "./markdown-nesting";

describe("markdownNestingDepth", () => {
  it("counts block quotes, list items and their indentation", () => {
    expect(markdownNestingDepth("hello")).toBe(0);
    expect(markdownNestingDepth("> quote")).toBe(1);
    expect(markdownNestingDepth("> > - 1. item")).toBe(4);
    expect(markdownNestingDepth("- a\n  - b\n    - c")).toBe(3);
  });

  it("refuses the messages that broke the room, and keeps ordinary ones", () => {
    expect(isNestedTooDeeply(">".repeat(3990) + " deep")).toBe(true);
    expect(isNestedTooDeeply("- ".repeat(1999) + "x")).toBe(true);
    expect(isNestedTooDeeply("1. ".repeat(500) + "x")).toBe(true);
    expect(isNestedTooDeeply(`${"  ".repeat(40)}- deep by indentation`)).toBe(true);
    expect(isNestedTooDeeply("> ".repeat(MAX_MARKDOWN_NESTING) + "fine")).toBe(false);
    expect(isNestedTooDeeply("- item\n- item\n\n> quote\n\n`>>>>`")).toBe(false);
  });

  it("ignores what is inside fenced code (indented code is normal there)", () => {
    const code = "```js\n" + `${" ".repeat(80)}- not a list\n` + ">".repeat(100) + "\n```\nafter";
    expect(isNestedTooDeeply(code)).toBe(false);
    expect(isNestedTooDeeply("~~~\n" + ">".repeat(100) + "\n~~~\n" + ">".repeat(100))).toBe(true);
  });
});
