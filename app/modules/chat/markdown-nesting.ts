/**
 * How deeply a Markdown text nests block containers (block quotes, list items). Parsers
 * and renderers recurse once per level: thousands of levels overflow the stack in every
 * reader's browser. Shared by the chat's validation (server) and its renderer (client).
 */
export const MAX_MARKDOWN_NESTING = 16;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const MARKER = /^(?:>|[-*+](?=\s|$)|\d{1,9}[.)](?=\s|$))/;

/** The deepest nesting any line opens: its container markers, plus indentation before them. */
export function markdownNestingDepth(body: string): number {
  let deepest = 0;
  let fence: string | null = null;
  for (const line of body.split("\n")) {
    const opening = FENCE.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = null;
      continue;
    }
    if (opening) {
      fence = opening;
      continue;
    }
    let rest = line;
    let depth = 0;
    let indent = 0;
    for (;;) {
      const spaces = /^[ \t]*/.exec(rest)![0];
      const marker = MARKER.exec(rest.slice(spaces.length))?.[0];
      if (!marker) break;
      // Nested lists also nest by indentation (about two columns a level); the one space
      // that follows a marker belongs to it.
      indent += Math.max(0, spaces.replaceAll("\t", "    ").length - (depth > 0 ? 1 : 0));
      depth++;
      rest = rest.slice(spaces.length + marker.length);
    }
    deepest = Math.max(deepest, depth + Math.floor(indent / 2));
  }
  return deepest;
}

export const isNestedTooDeeply = (body: string) => markdownNestingDepth(body) > MAX_MARKDOWN_NESTING;
