/**
 * WebRTC's "perfect negotiation" (the MDN pattern) apart from React and the browser, so it
 * can be tested with fake peers: both sides may offer at any time; on a collision the
 * impolite peer (the host) ignores the other's offer and the polite one (the guest) rolls
 * back and answers.
 */

export interface SignalMessage {
  description?: RTCSessionDescriptionInit | null;
  candidate?: RTCIceCandidateInit | null;
}

/** What the pattern needs of an RTCPeerConnection. */
export interface NegotiatingPeer {
  readonly signalingState: RTCSignalingState;
  readonly localDescription: RTCSessionDescriptionInit | null;
  setLocalDescription(description?: RTCSessionDescriptionInit): Promise<void>;
  setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void>;
  addIceCandidate(candidate?: RTCIceCandidateInit): Promise<void>;
  restartIce(): void;
}

export class PerfectNegotiation {
  private makingOffer = false;
  private ignoreOffer = false;
  private settingRemoteAnswer = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly peer: NegotiatingPeer,
    private readonly polite: boolean,
    private readonly send: (message: SignalMessage) => void,
    private readonly warn: (message: string, error: unknown) => void = (m, e) => console.warn(m, e),
  ) {}

  /** The connection's `negotiationneeded`: offer what changed. */
  async negotiationNeeded(): Promise<void> {
    try {
      this.makingOffer = true;
      await this.peer.setLocalDescription();
      this.send({ description: this.peer.localDescription });
    } catch (error) {
      this.warn("negotiation failed", error);
    } finally {
      this.makingOffer = false;
    }
  }

  /**
   * The connection has not come up for a while. An offer whose answer never came (the
   * partner's page made a new connection, or a signal was lost in a blip) would keep the
   * impolite peer ignoring every later offer: withdraw it and restart ICE, which makes the
   * browser ask for a fresh offer (`negotiationneeded`) that the partner's current
   * connection answers.
   */
  async recover(): Promise<void> {
    if (this.makingOffer) return;
    try {
      if (this.peer.signalingState === "have-local-offer") await this.peer.setLocalDescription({ type: "rollback" });
      this.peer.restartIce();
    } catch (error) {
      this.warn("could not restart the negotiation", error);
    }
  }

  /** A signal from the partner. One at a time, in arrival order: a candidate never overtakes its description. */
  receive(message: SignalMessage): void {
    this.chain = this.chain.then(() => this.apply(message));
  }

  /** Resolves once every signal received so far has been applied (tests, teardown). */
  settled(): Promise<void> {
    return this.chain;
  }

  private async apply({ description, candidate }: SignalMessage): Promise<void> {
    if (description) {
      const readyForOffer = !this.makingOffer && (this.peer.signalingState === "stable" || this.settingRemoteAnswer);
      const collision = description.type === "offer" && !readyForOffer;
      this.ignoreOffer = !this.polite && collision;
      if (this.ignoreOffer) return;
      try {
        this.settingRemoteAnswer = description.type === "answer";
        await this.peer.setRemoteDescription(description);
        this.settingRemoteAnswer = false;
        if (description.type === "offer") {
          await this.peer.setLocalDescription();
          this.send({ description: this.peer.localDescription });
        }
      } catch (error) {
        this.settingRemoteAnswer = false;
        this.warn("could not apply the partner's description", error);
      }
    } else if (candidate !== undefined) {
      // Copied before the await: candidates of an offer we ignored may still arrive.
      const ignoring = this.ignoreOffer;
      try {
        await this.peer.addIceCandidate(candidate ?? undefined);
      } catch (error) {
        if (!ignoring) this.warn("could not add an ICE candidate", error);
      }
    }
  }
}
