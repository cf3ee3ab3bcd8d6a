import { useEffect, useRef, useState } from "react";

import type { useCall } from "~/modules/call/ui/use-call";
import type { ParticipantPresence } from "~/platform/realtime/realtime-events";

type Call = ReturnType<typeof useCall>;

function useSrcObject<T extends HTMLMediaElement>(stream: MediaStream | null) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (ref.current && ref.current.srcObject !== stream) ref.current.srcObject = stream;
  }, [stream]);
  return ref;
}

/** Video tiles and call controls. Remote video plays muted; its sound has its own element. */
export function CallPanel({ call, partner }: { call: Call; partner: ParticipantPresence | null }) {
  const remoteVideo = useSrcObject<HTMLVideoElement>(call.remoteStream);
  const localVideo = useSrcObject<HTMLVideoElement>(call.localStream);
  const remoteAudio = useSrcObject<HTMLAudioElement>(call.remoteStream);
  const [needsUnmute, setNeedsUnmute] = useState(false);
  const [enlarged, setEnlarged] = useState(true);
  const partnerSharing = Boolean(partner?.sharing && call.remoteStream);

  useEffect(() => {
    const audio = remoteAudio.current;
    if (!audio || !call.remoteStream) return;
    audio.play().then(
      () => setNeedsUnmute(false),
      () => setNeedsUnmute(true),
    );
  }, [call.remoteStream, remoteAudio]);

  useEffect(() => {
    if (partnerSharing) setEnlarged(true);
  }, [partnerSharing]);

  const big = partnerSharing && enlarged;
  return (
    <div className="flex flex-col gap-2" data-testid="call">
      <div
        className={
          big
            ? "bg-base-300 fixed inset-x-6 top-20 bottom-6 z-40 flex flex-col rounded-box p-2 shadow-2xl"
            : "bg-base-300 relative aspect-video overflow-hidden rounded"
        }
        data-testid={big ? "shared-screen" : "remote-tile"}
      >
        <video
          ref={remoteVideo}
          className="h-full w-full bg-black object-contain"
          autoPlay
          playsInline
          muted
          data-testid="remote-video"
        />
        {!call.remoteStream ? (
          <div className="text-base-content/70 absolute inset-0 flex items-center justify-center p-2 text-center text-sm">
            {partner?.online
              ? "Connecting the call…"
              : partner?.reconnecting
                ? `${partner.username} is reconnecting…`
                : "Your partner's video appears here"}
          </div>
        ) : null}
        {partnerSharing ? (
          <button type="button" className="btn btn-xs absolute top-3 right-3" onClick={() => setEnlarged(!enlarged)}>
            {enlarged ? "Shrink shared screen" : "Enlarge shared screen"}
          </button>
        ) : null}
        {needsUnmute ? (
          <button
            type="button"
            className="btn btn-primary btn-sm absolute bottom-3 left-1/2 -translate-x-1/2"
            onClick={() =>
              remoteAudio.current?.play().then(
                () => setNeedsUnmute(false),
                () => undefined,
              )
            }
          >
            Click to hear your partner
          </button>
        ) : null}
      </div>
      <audio ref={remoteAudio} autoPlay data-testid="remote-audio" />
      <div className="flex items-start gap-2">
        <div className="bg-base-300 relative aspect-video w-28 shrink-0 overflow-hidden rounded">
          <video
            ref={localVideo}
            className="h-full w-full -scale-x-100 object-cover"
            autoPlay
            playsInline
            muted
            data-testid="local-video"
          />
          {!call.localStream || !call.cameraOn ? (
            <span className="text-base-content/60 absolute inset-0 flex items-center justify-center text-xs">
              Camera off
            </span>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-1">
          <button
            type="button"
            className={`btn btn-xs ${call.micOn ? "" : "btn-error"}`}
            onClick={call.toggleMic}
            disabled={!call.localStream}
            aria-pressed={!call.micOn}
          >
            {call.micOn ? "Mute" : "Unmute"}
          </button>
          <button
            type="button"
            className={`btn btn-xs ${call.cameraOn ? "" : "btn-error"}`}
            onClick={call.toggleCamera}
            disabled={!call.localStream}
            aria-pressed={!call.cameraOn}
          >
            {call.cameraOn ? "Camera off" : "Camera on"}
          </button>
          <button
            type="button"
            className={`btn btn-xs ${call.sharing ? "btn-warning" : ""}`}
            onClick={() => void (call.sharing ? call.stopShare() : call.startShare())}
            data-testid="share-screen"
          >
            {call.sharing ? "Stop sharing" : "Share screen"}
          </button>
        </div>
      </div>
      {call.devices.microphones.length + call.devices.cameras.length > 0 ? (
        <details className="text-xs">
          <summary className="cursor-pointer">Devices</summary>
          <div className="mt-1 flex flex-col gap-1">
            <DevicePicker
              label="Microphone"
              devices={call.devices.microphones}
              onChoose={(id) => void call.chooseDevice("audio", id)}
            />
            <DevicePicker
              label="Camera"
              devices={call.devices.cameras}
              onChoose={(id) => void call.chooseDevice("video", id)}
            />
          </div>
        </details>
      ) : null}
      {call.mediaError ? (
        <p className="text-warning text-xs" role="status" data-testid="media-error">
          {call.mediaError}
        </p>
      ) : null}
    </div>
  );
}

function DevicePicker({
  label,
  devices,
  onChoose,
}: {
  label: string;
  devices: MediaDeviceInfo[];
  onChoose: (deviceId: string) => void;
}) {
  return (
    <label className="flex flex-col gap-0.5">
      {label}
      <select className="select select-xs" onChange={(e) => onChoose(e.target.value)}>
        {devices.map((d, i) => (
          <option key={d.deviceId || i} value={d.deviceId}>
            {d.label || `${label} ${i + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
}
