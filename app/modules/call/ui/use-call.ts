import { useCallback, useEffect, useRef, useState } from "react";

import { PerfectNegotiation, type SignalMessage } from "~/modules/call/perfect-negotiation";
import type { RoomSocket } from "~/platform/realtime/use-room-socket";

export interface CallOptions {
  socket: RoomSocket | null;
  sessionId: string;
  polite: boolean;
  /** Increments on each successful entry into the room. */
  entryCount: number;
  partnerOnline: boolean;
  iceServers: RTCIceServer[];
}

export interface MediaDevices {
  microphones: MediaDeviceInfo[];
  cameras: MediaDeviceInfo[];
}

type SignalPayload = SignalMessage;

/** Adds each local track the connection is not sending yet (the shared screen in place of the camera). */
function addLocalTracks(peer: RTCPeerConnection, stream: MediaStream | null, screen: MediaStreamTrack | null) {
  if (!stream || peer.signalingState === "closed") return;
  for (const track of stream.getTracks()) {
    if (peer.getSenders().some((s) => s.track?.kind === track.kind)) continue;
    peer.addTrack(track.kind === "video" && screen ? screen : track, stream);
  }
}

function describeMediaError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError")
    return "Camera and microphone are blocked. Allow them in the browser to be seen and heard; chat works either way.";
  if (name === "NotFoundError" || name === "OverconstrainedError")
    return "No camera or microphone was found. You can still chat and share your screen.";
  if (name === "NotReadableError") return "Your camera or microphone is in use by another app.";
  return "Camera and microphone are unavailable here. You can still chat.";
}

/**
 * A two-person WebRTC call with the "perfect negotiation" pattern (the guest is polite).
 * Tracks are added only once the partner is in the room; a failed connection restarts ICE.
 */
export function useCall({ socket, sessionId, polite, entryCount, partnerOnline, iceServers }: CallOptions) {
  const [localStream, setLocalStream] = useState<MediaStream | null>(null);
  const [remoteStream, setRemoteStream] = useState<MediaStream | null>(null);
  const [mediaError, setMediaError] = useState<string | null>(null);
  const [micOn, setMicOn] = useState(true);
  const [cameraOn, setCameraOn] = useState(true);
  const [sharing, setSharing] = useState(false);
  const [devices, setDevices] = useState<MediaDevices>({ microphones: [], cameras: [] });
  const [peerEpoch, setPeerEpoch] = useState(0);
  const [connection, setConnection] = useState<RTCPeerConnectionState | "idle">("idle");
  const pc = useRef<RTCPeerConnection | null>(null);
  const screenTrack = useRef<MediaStreamTrack | null>(null);
  const partnerOnlineRef = useRef(partnerOnline);
  partnerOnlineRef.current = partnerOnline;
  const localStreamRef = useRef<MediaStream | null>(null);
  localStreamRef.current = localStream;
  // Loader data is a new object after every revalidation: compare ICE servers by value.
  const iceKey = JSON.stringify(iceServers);
  // Signals that arrive before our connection exists (the partner was quicker) wait here.
  const queued = useRef<SignalPayload[]>([]);
  const signalHandler = useRef<((payload: SignalPayload) => void) | null>(null);

  const refreshDevices = useCallback(async () => {
    const all = await navigator.mediaDevices?.enumerateDevices().catch(() => []);
    setDevices({
      microphones: (all ?? []).filter((d) => d.kind === "audioinput"),
      cameras: (all ?? []).filter((d) => d.kind === "videoinput"),
    });
  }, []);

  // Camera and microphone once, on entering the room.
  useEffect(() => {
    let stream: MediaStream | null = null;
    let cancelled = false;
    if (!navigator.mediaDevices?.getUserMedia) {
      setMediaError("This browser cannot use a camera or microphone here. You can still chat.");
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ audio: true, video: { width: 640, height: 480 } })
      .then((s) => {
        if (cancelled) return s.getTracks().forEach((t) => t.stop());
        stream = s;
        setLocalStream(s);
        void refreshDevices();
      })
      .catch((error: unknown) => {
        setMediaError(describeMediaError(error));
        setMicOn(false);
        setCameraOn(false);
      });
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [refreshDevices]);

  // A (new) peer connection whenever the partner (re)appears.
  useEffect(() => {
    if (!socket) return;
    const onPeer = ({ present }: { present: boolean }) => {
      if (!present) queued.current = [];
      setPeerEpoch((e) => (present ? e + 1 : 0));
    };
    const onSignal = (payload: SignalPayload) => {
      if (signalHandler.current) signalHandler.current(payload);
      else queued.current.push(payload);
    };
    socket.on("rtc:peer", onPeer);
    socket.on("rtc:signal", onSignal);
    return () => {
      socket.off("rtc:peer", onPeer);
      socket.off("rtc:signal", onSignal);
    };
  }, [socket]);
  useEffect(() => {
    if (entryCount > 0 && partnerOnlineRef.current) setPeerEpoch((e) => e + 1);
  }, [entryCount]);
  useEffect(() => {
    if (!partnerOnline) setPeerEpoch(0);
  }, [partnerOnline]);

  useEffect(() => {
    if (!socket || peerEpoch === 0) return;
    const peer = new RTCPeerConnection({ iceServers: JSON.parse(iceKey) as RTCIceServer[] });
    pc.current = peer;
    const signal = (payload: {
      description?: RTCSessionDescriptionInit | null;
      candidate?: RTCIceCandidateInit | null;
    }) =>
      socket.emit("rtc:signal", {
        sessionId,
        ...(payload.description
          ? { description: { type: payload.description.type, sdp: payload.description.sdp } }
          : {}),
        ...(payload.candidate !== undefined ? { candidate: payload.candidate } : {}),
      });

    peer.ontrack = ({ track, streams }) => {
      const stream = streams[0] ?? new MediaStream([track]);
      setRemoteStream(stream);
      track.onunmute = () => setRemoteStream(stream);
    };
    const negotiation = new PerfectNegotiation(peer, polite, signal);
    peer.onnegotiationneeded = () => void negotiation.negotiationNeeded();
    peer.onicecandidate = ({ candidate }) => signal({ candidate: candidate ? candidate.toJSON() : null });
    peer.oniceconnectionstatechange = () => {
      if (peer.iceConnectionState === "failed") peer.restartIce();
    };
    peer.onconnectionstatechange = () => setConnection(peer.connectionState);

    const onSignal = (payload: SignalPayload) => negotiation.receive(payload);
    signalHandler.current = onSignal;
    for (const payload of queued.current.splice(0)) onSignal(payload);
    addLocalTracks(peer, localStreamRef.current, screenTrack.current);
    setConnection("new");
    return () => {
      if (signalHandler.current === onSignal) signalHandler.current = null;
      peer.close();
      if (pc.current === peer) pc.current = null;
      setRemoteStream(null);
      setConnection("idle");
    };
  }, [iceKey, peerEpoch, polite, sessionId, socket]);

  // Camera and microphone may arrive after the call started: send them then.
  useEffect(() => {
    if (pc.current) addLocalTracks(pc.current, localStream, screenTrack.current);
  }, [localStream]);

  const toggleMic = () => {
    const next = !micOn;
    localStream?.getAudioTracks().forEach((t) => (t.enabled = next));
    setMicOn(next);
  };
  const toggleCamera = () => {
    const next = !cameraOn;
    localStream?.getVideoTracks().forEach((t) => (t.enabled = next));
    setCameraOn(next);
  };

  const stopShare = useCallback(async () => {
    const track = screenTrack.current;
    screenTrack.current = null;
    setSharing(false);
    track?.stop();
    const sender = pc.current?.getSenders().find((s) => s.track === track);
    const camera = localStream?.getVideoTracks()[0] ?? null;
    if (sender) {
      if (camera) await sender.replaceTrack(camera);
      else pc.current?.removeTrack(sender);
    }
  }, [localStream]);

  const startShare = useCallback(async () => {
    try {
      const display = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
      const track = display.getVideoTracks()[0];
      if (!track) return;
      screenTrack.current = track;
      track.onended = () => void stopShare();
      setSharing(true);
      const sender = pc.current?.getSenders().find((s) => s.track?.kind === "video");
      if (sender) await sender.replaceTrack(track);
      else pc.current?.addTrack(track, display);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === "NotAllowedError")) {
        setMediaError("Screen sharing is not available in this browser.");
      }
    }
  }, [stopShare]);

  const chooseDevice = useCallback(
    async (kind: "audio" | "video", deviceId: string) => {
      if (!localStream) return;
      try {
        const fresh = await navigator.mediaDevices.getUserMedia(
          kind === "audio"
            ? { audio: { deviceId: { exact: deviceId } } }
            : { video: { deviceId: { exact: deviceId }, width: 640, height: 480 } },
        );
        const track = kind === "audio" ? fresh.getAudioTracks()[0] : fresh.getVideoTracks()[0];
        if (!track) return;
        const old = kind === "audio" ? localStream.getAudioTracks()[0] : localStream.getVideoTracks()[0];
        track.enabled = kind === "audio" ? micOn : cameraOn;
        const sender = pc.current?.getSenders().find((s) => s.track === old);
        if (sender && !(kind === "video" && screenTrack.current)) await sender.replaceTrack(track);
        if (old) {
          localStream.removeTrack(old);
          old.stop();
        }
        localStream.addTrack(track);
        setLocalStream(new MediaStream(localStream.getTracks()));
      } catch (error) {
        setMediaError(describeMediaError(error));
      }
    },
    [cameraOn, localStream, micOn],
  );

  // Tell the partner (and the participants panel) about our media.
  useEffect(() => {
    if (!socket || entryCount === 0) return;
    socket.emit("presence:update", {
      sessionId,
      mic: Boolean(localStream) && micOn,
      camera: Boolean(localStream) && cameraOn,
      sharing,
    });
  }, [cameraOn, entryCount, localStream, micOn, sessionId, sharing, socket]);

  return {
    localStream,
    remoteStream,
    mediaError,
    micOn,
    cameraOn,
    sharing,
    devices,
    connection,
    toggleMic,
    toggleCamera,
    startShare,
    stopShare,
    chooseDevice,
  };
}
