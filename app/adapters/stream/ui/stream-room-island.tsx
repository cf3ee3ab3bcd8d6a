import { lazy, type MutableRefObject, Suspense } from "react";

import { useHydrated } from "~/platform/hooks/use-hydrated";

// Its own chunk: only deployments using Stream ever download the Stream SDKs.
const StreamRoom = lazy(() => import("~/adapters/stream/ui/stream-room"));

const Loading = () => <span className="loading loading-spinner mx-auto my-8 block" aria-label="Loading the call" />;

/** Browser only (camera, WebSockets to Stream): rendered after hydration. */
export function StreamRoomIsland(props: {
  sessionId: string;
  shareRef: MutableRefObject<((text: string) => void) | null>;
}) {
  const hydrated = useHydrated();
  if (!hydrated) return <Loading />;
  return (
    <Suspense fallback={<Loading />}>
      <StreamRoom {...props} />
    </Suspense>
  );
}
