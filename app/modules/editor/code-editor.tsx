import { lazy, Suspense } from "react";

import type { CodeEditorProps } from "~/modules/editor/code-editor.client";
import { useHydrated } from "~/platform/hooks/use-hydrated";

/** Monaco is client-only and heavy: it loads after hydration, on pages that show an editor. */
const LazyEditor = lazy(() => import("~/modules/editor/code-editor.client"));

function Placeholder() {
  return (
    <div className="text-base-content/60 flex h-full items-center justify-center gap-2 text-sm">
      <span className="loading loading-spinner loading-sm" /> Loading editor…
    </div>
  );
}

export function CodeEditor(props: CodeEditorProps) {
  const hydrated = useHydrated();
  if (!hydrated) return <Placeholder />;
  return (
    <Suspense fallback={<Placeholder />}>
      <LazyEditor {...props} />
    </Suspense>
  );
}
