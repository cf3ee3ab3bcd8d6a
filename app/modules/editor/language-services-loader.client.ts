/**
 * Loads Monaco's JavaScript/TypeScript language services (completions, hovers, type errors:
 * tsMode and its worker, about 1.6 MB gzip) only when asked, after the editor is usable.
 *
 * Monaco asks for a language's services once, when a model first uses the language; the
 * registration (register.js) listens for that. Languages the editor showed before the
 * registration was loaded are set up here by hand, later ones by its listeners, so none is
 * set up twice.
 */
type Services = typeof import("~/modules/editor/language-service.client");

let services: Services | null = null;
let loading: Promise<void> | null = null;
let pendingCode: string | null = null;
const shownBefore = new Set<string>();

/** The editor's model now uses `language` (call after Monaco has switched it). */
export function noteLanguageShown(language: string): void {
  if (!services) shownBefore.add(language);
}

export const languageServices = {
  load(): Promise<void> {
    loading ??= (async () => {
      const mode = await import("monaco-editor/languages/features/typescript/tsMode.js");
      // Evaluating this module registers Monaco's listeners; nothing runs in between.
      const loaded = await import("~/modules/editor/language-service.client");
      loaded.configureLanguageService();
      if (shownBefore.has("typescript")) mode.setupTypeScript(loaded.typescriptDefaults);
      if (shownBefore.has("javascript")) mode.setupJavaScript(loaded.javascriptDefaults);
      services = loaded;
      if (pendingCode !== null) loaded.followDeclaredGlobals(pendingCode);
    })().catch((error: unknown) => {
      // A network blip: the next call tries again.
      loading = null;
      throw error;
    });
    return loading;
  },

  /** See language-service.client's followDeclaredGlobals; remembered until the services load. */
  followDeclaredGlobals(code: string): void {
    if (services) services.followDeclaredGlobals(code);
    else pendingCode = code;
  },
};
