import { describe, expect, it } from "vitest";

import { type NegotiatingPeer, PerfectNegotiation, type SignalMessage } from "~/modules/call/perfect-negotiation";

/**
 * A peer with RTCPeerConnection's signaling states (offer/answer, implicit rollback of a
 * local offer when a remote one is applied) and no media.
 */
class FakePeer implements NegotiatingPeer {
  signalingState: RTCSignalingState = "stable";
  localDescription: RTCSessionDescriptionInit | null = null;
  remoteDescription: RTCSessionDescriptionInit | null = null;
  candidates: Array<RTCIceCandidateInit | undefined> = [];
  iceRestarts = 0;
  private offers = 0;
  constructor(private readonly name: string) {}

  async setLocalDescription(description?: RTCSessionDescriptionInit) {
    await Promise.resolve();
    if (description?.type === "rollback") {
      if (this.signalingState !== "have-local-offer")
        throw new DOMException(`nothing to roll back in ${this.signalingState}`, "InvalidStateError");
      this.localDescription = null;
      this.signalingState = "stable";
    } else if (this.signalingState === "stable") {
      this.localDescription = { type: "offer", sdp: `${this.name}-offer-${++this.offers}` };
      this.signalingState = "have-local-offer";
    } else if (this.signalingState === "have-remote-offer") {
      this.localDescription = { type: "answer", sdp: `${this.name}-answers-${this.remoteDescription?.sdp}` };
      this.signalingState = "stable";
    } else throw new DOMException(`cannot set a local description in ${this.signalingState}`, "InvalidStateError");
  }

  async setRemoteDescription(description: RTCSessionDescriptionInit) {
    await Promise.resolve();
    if (description.type === "offer") {
      // Browsers roll a pending local offer back on their own (the polite peer relies on it).
      this.signalingState = "have-remote-offer";
    } else if (description.type === "answer") {
      if (this.signalingState !== "have-local-offer")
        throw new DOMException("an answer without an offer", "InvalidStateError");
      this.signalingState = "stable";
    }
    this.remoteDescription = description;
  }

  restartIce() {
    this.iceRestarts++;
  }

  async addIceCandidate(candidate?: RTCIceCandidateInit) {
    await Promise.resolve();
    if (!this.remoteDescription) throw new DOMException("no remote description", "InvalidStateError");
    this.candidates.push(candidate);
  }
}

function pair() {
  const host = new FakePeer("host");
  const guest = new FakePeer("guest");
  const warnings: string[] = [];
  const warn = (who: string) => (message: string) => warnings.push(`${who}: ${message}`);
  const wire: { toGuest: SignalMessage[]; toHost: SignalMessage[] } = { toGuest: [], toHost: [] };
  const hostSide = new PerfectNegotiation(host, false, (m) => wire.toGuest.push(m), warn("host"));
  const guestSide = new PerfectNegotiation(guest, true, (m) => wire.toHost.push(m), warn("guest"));
  /** Delivers everything in flight, both ways, until nothing is left. */
  const deliver = async () => {
    for (let round = 0; round < 20 && (wire.toGuest.length || wire.toHost.length); round++) {
      for (const m of wire.toGuest.splice(0)) guestSide.receive(m);
      for (const m of wire.toHost.splice(0)) hostSide.receive(m);
      await Promise.all([hostSide.settled(), guestSide.settled()]);
    }
  };
  return { host, guest, hostSide, guestSide, wire, deliver, warnings };
}

const agreed = (a: FakePeer, b: FakePeer) =>
  a.signalingState === "stable" &&
  b.signalingState === "stable" &&
  a.localDescription?.sdp === b.remoteDescription?.sdp &&
  b.localDescription?.sdp === a.remoteDescription?.sdp;

describe("perfect negotiation", () => {
  it("recovers when the host's offer was lost and it ignores the guest's offers meanwhile", async () => {
    const { host, guest, hostSide, guestSide, wire, deliver, warnings } = pair();
    await hostSide.negotiationNeeded();
    wire.toGuest.length = 0; // the guest's page made a new connection: the offer went to the old one
    await guestSide.negotiationNeeded();
    await deliver();
    // The host still waits for an answer and ignored the guest's offer as a collision.
    expect(host.signalingState).toBe("have-local-offer");
    expect(agreed(host, guest)).toBe(false);

    await hostSide.recover();
    expect(host.signalingState).toBe("stable");
    expect(host.iceRestarts).toBe(1);
    // restartIce() makes the browser fire negotiationneeded: the fresh offer is answered.
    await hostSide.negotiationNeeded();
    await deliver();
    expect(agreed(host, guest)).toBe(true);
    expect(warnings).toEqual([]);
  });

  it("one side offers, the other answers, both end stable", async () => {
    const { host, guest, hostSide, deliver, warnings } = pair();
    await hostSide.negotiationNeeded();
    await deliver();
    expect(agreed(host, guest)).toBe(true);
    expect(guest.localDescription?.type).toBe("answer");
    expect(warnings).toEqual([]);
  });

  it("both offer at once: the host ignores the guest's offer, the guest rolls back and answers", async () => {
    const { host, guest, hostSide, guestSide, deliver, warnings } = pair();
    await Promise.all([hostSide.negotiationNeeded(), guestSide.negotiationNeeded()]);
    expect(host.signalingState).toBe("have-local-offer");
    expect(guest.signalingState).toBe("have-local-offer");
    await deliver();
    expect(agreed(host, guest)).toBe(true);
    // The host's offer won.
    expect(host.localDescription?.sdp).toBe("host-offer-1");
    expect(warnings).toEqual([]);
  });

  it("the impolite host drops candidates of an offer it ignored without warning", async () => {
    const { hostSide, guestSide, wire, deliver, warnings } = pair();
    await Promise.all([hostSide.negotiationNeeded(), guestSide.negotiationNeeded()]);
    // The guest's candidate travels right after its (ignored) offer, before any answer.
    wire.toHost.push({ candidate: { candidate: "candidate:1 1 udp 1 127.0.0.1 5000 typ host", sdpMid: "0" } });
    // The host has no remote description yet: adding the candidate fails, quietly.
    await deliver();
    expect(warnings).toEqual([]);
  });

  it("applies signals in arrival order: a candidate after its offer is added, not lost", async () => {
    const { host, guest, guestSide, wire, deliver } = pair();
    await guestSide.negotiationNeeded();
    wire.toHost.push({ candidate: { candidate: "candidate:2 1 udp 1 127.0.0.1 5001 typ host", sdpMid: "0" } });
    await deliver();
    expect(agreed(host, guest)).toBe(true);
    expect(host.candidates).toHaveLength(1);
  });

  it("renegotiates (a shared screen) after the first agreement", async () => {
    const { host, guest, hostSide, guestSide, deliver } = pair();
    await hostSide.negotiationNeeded();
    await deliver();
    await guestSide.negotiationNeeded();
    await deliver();
    expect(agreed(host, guest)).toBe(true);
    expect(guest.localDescription?.sdp).toBe("guest-offer-1");
  });

  it("reports a description that cannot be applied instead of throwing", async () => {
    const { hostSide, deliver, wire, warnings } = pair();
    wire.toHost.push({ description: { type: "answer", sdp: "nobody asked" } });
    await deliver();
    expect(warnings).toEqual(["host: could not apply the partner's description"]);
    // The host can still start a negotiation afterwards.
    await hostSide.negotiationNeeded();
    expect(warnings).toHaveLength(1);
  });
});
