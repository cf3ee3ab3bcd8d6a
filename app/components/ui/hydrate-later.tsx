import { type ReactNode, Suspense } from "react";

/**
 * Server-rendered markup that hydrates after the rest of the page, in short slices: React
 * leaves a server-rendered Suspense boundary for idle priority when it hydrates the page, so
 * parts a person does not use in the first second (the room's problem list, call and chat)
 * add no long task before the editor takes keystrokes. The markup is shown (and works as
 * plain HTML) meanwhile; an event inside it makes React hydrate it first (ADR 097).
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
