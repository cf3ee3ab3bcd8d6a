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

/**
 * Video tiles and call controls. Remote video plays muted; its sound has its own element.
 * A shared screen shows as the large tile with the partner's camera as a picture-in-picture;
 * a camera that is off shows the partner's initials, name and microphone state instead.
 */
export function CallPanel({ call, partner }: { call: Call; partner: ParticipantPresence | null }) {
  const remoteVideo = useSrcObject<HTMLVideoElement>(call.remoteStream);
  const remoteScreen = useSrcObject<HTMLVideoElement>(call.remoteScreen);
  const localVideo = useSrcObject<HTMLVideoElement>(call.localStream);
  const remoteAudio = useSrcObject<HTMLAudioElement>(call.remoteStream);
  const [needsUnmute, setNeedsUnmute] = useState(false);
  const partnerSharing = Boolean(partner?.sharing && call.remoteScreen);
  // Presence says whether the camera is on; a disabled track would otherwise be a black box.
  const partnerCameraOn = Boolean(call.remoteStream && partner?.online && partner.camera);

  useEffect(() => {
    const audio = remoteAudio.current;
    if (!audio || !call.remoteStream) return;
    audio.play().then(
      () => setNeedsUnmute(false),
      () => setNeedsUnmute(true),
    );
  }, [call.remoteStream, remoteAudio]);

  return (
    <div className="flex flex-col gap-2" data-testid="call">
      {partnerSharing ? (
        <div className="bg-base-300 relative overflow-hidden rounded" data-testid="shared-screen">
          <video
            ref={remoteScreen}
            className="aspect-video w-full bg-black object-contain"
            autoPlay
            playsInline
            muted
            aria-label={`${partner?.username ?? "Your partner"}'s shared screen`}
            data-testid="remote-screen"
          />
          <span className="badge badge-neutral badge-sm absolute top-2 left-2">
            {partner?.username ?? "Partner"} is sharing
          </span>
        </div>
      ) : null}
      <div
        className={
          partnerSharing
            ? "bg-base-300 relative -mt-16 mr-2 aspect-video w-1/3 min-w-24 self-end overflow-hidden rounded shadow-lg ring-2 ring-base-100"
            : "bg-base-300 relative aspect-video overflow-hidden rounded"
        }
        data-testid="remote-tile"
        data-pip={partnerSharing || undefined}
      >
        <video
          ref={remoteVideo}
          className="h-full w-full bg-black object-contain"
          autoPlay
          playsInline
          muted
          aria-label={`${partner?.username ?? "Your partner"}'s camera`}
          data-testid="remote-video"
        />
        {!call.remoteStream ? (
          <div className="text-base-content/75 absolute inset-0 flex items-center justify-center p-2 text-center text-sm">
            {partner?.online
              ? "Connecting the call…"
              : partner?.reconnecting
                ? `${partner.username} is reconnecting…`
                : "Your partner's video appears here"}
          </div>
        ) : !partnerCameraOn && partner ? (
          <CameraOffTile username={partner.username} micOn={partner.mic} small={partnerSharing} />
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
            <span className="text-base-content/75 absolute inset-0 flex items-center justify-center text-xs">
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
            onClick={() => (call.sharing ? call.stopShare() : void call.startShare())}
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

/** What the partner's tile shows while their camera is off. */
function CameraOffTile({ username, micOn, small }: { username: string; micOn: boolean; small: boolean }) {
  return (
    <div
      className="bg-base-300 absolute inset-0 flex flex-col items-center justify-center gap-1 p-1 text-center"
      data-testid="camera-off-tile"
    >
      <span
        className={`bg-neutral text-neutral-content flex items-center justify-center rounded-full font-semibold uppercase ${small ? "h-8 w-8 text-xs" : "h-14 w-14 text-lg"}`}
        aria-hidden="true"
      >
        {username.slice(0, 2)}
      </span>
      <span className={`font-medium ${small ? "text-xs" : "text-sm"}`}>{username}</span>
      {small ? null : (
        <span className="text-base-content/75 text-xs" data-testid="partner-mic">
          Camera off · {micOn ? "mic on" : "muted"}
        </span>
      )}
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
