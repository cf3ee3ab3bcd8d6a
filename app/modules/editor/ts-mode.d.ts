// Monaco ships no types for the module its TypeScript registration loads lazily.
declare module "monaco-editor/languages/features/typescript/tsMode.js" {
  import type { LanguageServiceDefaults } from "monaco-editor/languages/features/typescript/register.js";

  export function setupTypeScript(defaults: LanguageServiceDefaults): void;
  export function setupJavaScript(defaults: LanguageServiceDefaults): void;
}
