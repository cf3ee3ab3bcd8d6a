import "@stream-io/video-react-sdk/dist/css/styles.css";
import "stream-chat-react/dist/css/index.css";

import {
  type Call,
  CallControls,
  SpeakerLayout,
  StreamCall,
  StreamTheme,
  StreamVideo,
  StreamVideoClient,
} from "@stream-io/video-react-sdk";
import { type MutableRefObject, useEffect, useState } from "react";
import { type Channel as ChatChannel, StreamChat } from "stream-chat";
import { Channel, Chat, MessageComposer, MessageList, Window } from "stream-chat-react";
import { z } from "zod";

const GrantSchema = z.object({
  apiKey: z.string(),
  token: z.string(),
  user: z.object({ id: z.string(), name: z.string() }),
  call: z.object({ type: z.string(), id: z.string() }),
  channel: z.object({ type: z.string(), id: z.string() }),
});

interface Connected {
  video: StreamVideoClient;
  call: Call;
  chat: StreamChat;
  channel: ChatChannel;
}

async function connect(sessionId: string): Promise<Connected> {
  const response = await fetch(`/api/sessions/${sessionId}/stream-token`, { headers: { Accept: "application/json" } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: unknown } | null)?.error;
    throw new Error(typeof message === "string" ? message : "Could not start the call");
  }
  const grant = GrantSchema.parse(body);
  const video = new StreamVideoClient({ apiKey: grant.apiKey, user: grant.user, token: grant.token });
  const call = video.call(grant.call.type, grant.call.id);
  await call.join({ create: false });
  const chat = new StreamChat(grant.apiKey);
  await chat.connectUser(grant.user, grant.token);
  const channel = chat.channel(grant.channel.type, grant.channel.id);
  await channel.watch();
  return { video, call, chat, channel };
}

/**
 * The call and chat on Stream (when the deployment uses Stream): video, audio and screen
 * share through Stream Video, messages through Stream Chat, in the room's side panel.
 */
export default function StreamRoom({
  sessionId,
  shareRef,
}: {
  sessionId: string;
  shareRef: MutableRefObject<((text: string) => void) | null>;
}) {
  const [connected, setConnected] = useState<Connected | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let current: Connected | null = null;
    connect(sessionId)
      .then((c) => {
        current = c;
        if (cancelled) return;
        setConnected(c);
        shareRef.current = (text) => void c.channel.sendMessage({ text });
      })
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : "Could not start the call"));
    return () => {
      cancelled = true;
      shareRef.current = null;
      if (current) {
        void current.call.leave().catch(() => undefined);
        void current.video.disconnectUser();
        void current.chat.disconnectUser();
      }
    };
  }, [sessionId, shareRef]);

  if (error) {
    return (
      <div role="alert" className="alert alert-error alert-soft text-sm">
        {error}
      </div>
    );
  }
  if (!connected)
    return <span className="loading loading-spinner mx-auto my-8 block" aria-label="Connecting the call" />;
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3">
      <section aria-label="Video" data-testid="call-area">
        <StreamVideo client={connected.video}>
          <StreamTheme>
            <StreamCall call={connected.call}>
              <SpeakerLayout participantsBarPosition="bottom" />
              <CallControls />
            </StreamCall>
          </StreamTheme>
        </StreamVideo>
      </section>
      <section
        className="border-base-300 flex min-h-0 flex-1 flex-col border-t pt-2"
        aria-label="Chat"
        data-testid="chat-area"
      >
        <Chat client={connected.chat}>
          <Channel channel={connected.channel}>
            <Window>
              <MessageList />
              <MessageComposer focus />
            </Window>
          </Channel>
        </Chat>
      </section>
    </div>
  );
}
