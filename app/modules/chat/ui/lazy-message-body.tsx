import { lazy, Suspense } from "react";

import { PlainBody } from "~/modules/chat/ui/plain-body";

// Markdown and highlighting (about 100 KB gzip) are their own chunk: the room asks for it
// when idle after mounting, so it never competes with the editor; until then a message
// shows as typed.
const load = () => import("~/modules/chat/ui/message-body");
const MessageBodyChunk = lazy(() => load().then((m) => ({ default: m.MessageBody })));

export function preloadMessageBody(): void {
  void load().catch(() => {
    // A network blip: rendering a message asks again.
  });
}

export function LazyMessageBody({ body }: { body: string }) {
  return (
    <Suspense fallback={<PlainBody body={body} />}>
      <MessageBodyChunk body={body} />
    </Suspense>
  );
}
