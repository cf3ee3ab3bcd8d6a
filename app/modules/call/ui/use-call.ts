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

/**
 * Adds each local track the connection is not sending yet: camera and microphone in their
 * stream, and the shared screen as a second video in its own stream, so the partner sees
 * both (the screen large, the camera as a picture-in-picture).
 */
function addLocalTracks(peer: RTCPeerConnection, stream: MediaStream | null, screen: MediaStream | null) {
  if (peer.signalingState === "closed") return;
  const sending = (track: MediaStreamTrack) => peer.getSenders().some((s) => s.track === track);
  // After a device change the camera's sender already carries the new track (replaceTrack).
  for (const track of stream?.getTracks() ?? []) if (!sending(track)) peer.addTrack(track, stream!);
  for (const track of screen?.getVideoTracks() ?? []) if (!sending(track)) peer.addTrack(track, screen!);
}

/** How long a call may stay unconnected before it is renegotiated (loopback connects in well under a second; relays in a few). */
const STALLED_CONNECTION_MS = 10_000;

/**
 * Which remote stream is the camera and which the shared screen: the camera's stream
 * carries the microphone too (both come from one getUserMedia), the screen's is video only.
 */
export function splitRemoteStreams(streams: readonly MediaStream[]): {
  camera: MediaStream | null;
  screen: MediaStream | null;
} {
  const live = streams.filter((s) => s.getTracks().length > 0);
  const camera = live.find((s) => s.getAudioTracks().length > 0) ?? null;
  const screen = live.find((s) => s !== camera && s.getVideoTracks().length > 0) ?? null;
  return { camera, screen };
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
  const [remoteStreams, setRemoteStreams] = useState<MediaStream[]>([]);
  const [mediaError, setMediaError] = useState<string | null>(null);
  const [micOn, setMicOn] = useState(true);
  const [cameraOn, setCameraOn] = useState(true);
  const [sharing, setSharing] = useState(false);
  const [devices, setDevices] = useState<MediaDevices>({ microphones: [], cameras: [] });
  const [peerEpoch, setPeerEpoch] = useState(0);
  const [connection, setConnection] = useState<RTCPeerConnectionState | "idle">("idle");
  const pc = useRef<RTCPeerConnection | null>(null);
  const screenStream = useRef<MediaStream | null>(null);
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

    // A new array on every change, so the panel re-reads which stream is which.
    const refresh = () => setRemoteStreams((list) => list.filter((s) => s.getTracks().length > 0));
    peer.ontrack = ({ track, streams }) => {
      const stream = streams[0] ?? new MediaStream([track]);
      stream.onremovetrack = refresh;
      stream.onaddtrack = refresh;
      setRemoteStreams((list) => (list.includes(stream) ? [...list] : [...list, stream]));
      track.onunmute = refresh;
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
    addLocalTracks(peer, localStreamRef.current, screenStream.current);
    setConnection("new");

    // A connection that does not come up (an offer lost while the partner's page made a new
    // connection, a blip during the handshake) is renegotiated instead of waiting for ICE to
    // give up, which takes about 30 s in Chromium.
    let waitingSince = Date.now();
    const watchdog = window.setInterval(() => {
      if (
        peer.connectionState === "connected" ||
        peer.signalingState === "closed" ||
        peer.getTransceivers().length === 0
      ) {
        waitingSince = Date.now();
        return;
      }
      if (Date.now() - waitingSince < STALLED_CONNECTION_MS) return;
      waitingSince = Date.now();
      void negotiation.recover();
    }, 1_000);
    return () => {
      window.clearInterval(watchdog);
      if (signalHandler.current === onSignal) signalHandler.current = null;
      peer.close();
      if (pc.current === peer) pc.current = null;
      setRemoteStreams([]);
      setConnection("idle");
    };
  }, [iceKey, peerEpoch, polite, sessionId, socket]);

  // Camera and microphone may arrive after the call started: send them then.
  useEffect(() => {
    if (pc.current) addLocalTracks(pc.current, localStream, screenStream.current);
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

  const stopShare = useCallback(() => {
    const display = screenStream.current;
    screenStream.current = null;
    setSharing(false);
    for (const track of display?.getTracks() ?? []) {
      track.stop();
      const sender = pc.current?.getSenders().find((s) => s.track === track);
      if (sender && pc.current?.signalingState !== "closed") pc.current?.removeTrack(sender);
    }
  }, []);

  const startShare = useCallback(async () => {
    try {
      const display = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
      const track = display.getVideoTracks()[0];
      if (!track) return;
      screenStream.current = display;
      track.onended = () => stopShare();
      setSharing(true);
      if (pc.current) addLocalTracks(pc.current, localStreamRef.current, display);
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
        if (sender) await sender.replaceTrack(track);
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

  const remote = splitRemoteStreams(remoteStreams);
  return {
    localStream,
    /** The partner's camera and microphone. */
    remoteStream: remote.camera,
    /** The partner's shared screen, while they share. */
    remoteScreen: remote.screen,
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
