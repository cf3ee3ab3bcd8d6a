import {
  javascriptDefaults,
  ScriptTarget,
  typescriptDefaults,
} from "monaco-editor/languages/features/typescript/register.js";

// Loaded lazily by language-services-loader.client, which sets the modes up with these.
export { javascriptDefaults, typescriptDefaults };

import { LEETCODE_GLOBALS, leetCodeGlobalsFor } from "~/modules/editor/leetcode-globals";

/**
 * TypeScript errors that only say "the starter is not finished yet": a declared return type
 * with an empty body. Showing them on a fresh starter would teach people to ignore red.
 */
const STARTER_NOISE = [
  2355, // A function whose declared type is neither 'undefined', 'void', nor 'any' must return a value.
  2366, // Function lacks ending return statement and return type does not include 'undefined'.
  2391, // Function implementation is missing (LeetCode's `class MinStack` skeletons).
];

let configured = false;

/** Compiler settings as LeetCode's TypeScript runs (no strict mode), set once per page. */
export function configureLanguageService() {
  if (configured) return;
  configured = true;
  typescriptDefaults.setCompilerOptions({
    target: ScriptTarget.ESNext,
    allowNonTsExtensions: true,
    strict: false,
    noImplicitAny: false,
  });
  typescriptDefaults.setDiagnosticsOptions({ diagnosticCodesToIgnore: STARTER_NOISE });
  // JavaScript keeps Monaco's default: syntax errors marked, no type checking.
  javascriptDefaults.setCompilerOptions({
    target: ScriptTarget.ESNext,
    allowNonTsExtensions: true,
    allowJs: true,
    checkJs: false,
  });
  setGlobals(LEETCODE_GLOBALS.map((g) => g.name));
}

let current = "";

function setGlobals(names: readonly string[]) {
  const key = names.join(",");
  if (key === current) return;
  current = key;
  const libs = [{ content: leetCodeGlobalsFor(names), filePath: "file:///leetcode-globals.d.ts" }];
  typescriptDefaults.setExtraLibs(libs);
  javascriptDefaults.setExtraLibs(libs);
}

/**
 * The judge provides ListNode, TreeNode and the queues; a user's own `class ListNode` shadows
 * them at run time, so the editor drops the declarations the code makes itself (otherwise
 * TypeScript reports a duplicate identifier).
 */
export function followDeclaredGlobals(code: string) {
  setGlobals(LEETCODE_GLOBALS.filter((g) => !g.declaredIn(code)).map((g) => g.name));
}
