// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { MessageBody } from "./message-body";

afterEach(cleanup);

/** Messages that once threw "Maximum call stack size exceeded" in every reader's room. */
const POISON = [">".repeat(3990) + " deep", "- ".repeat(1999) + "x"];

describe("MessageBody", () => {
  it("renders Markdown with code", () => {
    render(<MessageBody body={"**bold** and `code`"} />);
    expect(screen.getByText("bold").tagName).toBe("STRONG");
    expect(screen.getByText("code").tagName).toBe("CODE");
  });

  for (const body of POISON) {
    it(`shows a too-deeply nested message as plain text, and the next message still renders (${body.slice(0, 6)}…)`, () => {
      render(
        <div>
          <MessageBody body={body} />
          <MessageBody body="**after**" />
        </div>,
      );
      expect(screen.getByTestId("message-plain").textContent).toBe(body);
      expect(screen.getByText("after").tagName).toBe("STRONG");
    });
  }

  it("falls back to the plain text when the Markdown renderer throws", async () => {
    vi.resetModules();
    vi.doMock("react-markdown", () => ({
      default: () => {
        throw new RangeError("Maximum call stack size exceeded");
      },
    }));
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { MessageBody: Fresh } = await import("./message-body");
      render(<Fresh body="# hello *there*" />);
      expect(screen.getByTestId("message-plain").textContent).toBe("# hello *there*");
    } finally {
      quiet.mockRestore();
      vi.doUnmock("react-markdown");
    }
  });
});
