/** What a microphone test needs from the signed-in agent: where the server is and the session credential. */
export interface MediaAccess {
  sdkBase: URL;
  credential(): Promise<string>;
}

/** What the page asked for; already validated. */
export interface MicTestSettings {
  deviceId?: string;
  speakerId?: string;
  onLevel?: (level: number) => void;
  onEcho?: (stream: MediaStream) => void;
}

/** A failure the agent can act on; its message becomes the rejection's errorMsg. */
export class MicTestError extends Error {}

/** How long the test may take from the microphone opening to audio flowing. */
export const connectTimeoutMs = 10_000;
const levelIntervalMs = 100;
/** The codecs the server's media engine speaks (G.711), best first, and DTMF. */
const wantedCodecs = ['audio/pcmu', 'audio/pcma', 'audio/telephone-event'];

/**
 * One microphone test: the microphone goes to the server over WebRTC (G.711 only, non-trickle offer), the server's
 * echo comes back and plays on the speaker, and the microphone's level is measured locally with WebAudio.
 * Everything it opens, `close()` releases.
 */
export class MicTestRun {
  private microphone: MediaStream | null = null;
  private peer: RTCPeerConnection | null = null;
  private audioContext: AudioContext | null = null;
  private speaker: HTMLAudioElement | null = null;
  private meterTimer: ReturnType<typeof setInterval> | undefined;
  private readonly aborter = new AbortController();
  private closed = false;
  private currentLevel = 0;
  /** Rejects when `close()` runs, so a start in progress settles at once rather than at its deadline. */
  private readonly stopped: Promise<never>;
  private rejectStopped: (error: MicTestError) => void = () => undefined;

  /** Called when an established test loses its connection; not called after `close()`. */
  onLost: (reason: string) => void = () => undefined;

  constructor(private readonly settings: MicTestSettings) {
    this.stopped = new Promise<never>((_, reject) => { this.rejectStopped = reject; });
    this.stopped.catch(() => undefined);
  }

  /** The microphone's last measured level (RMS, 0..1). */
  get level(): number {
    return this.currentLevel;
  }

  /** Opens the microphone, connects to the server's echo; resolves with the negotiated codec once audio can flow. */
  async start(access: MediaAccess): Promise<string> {
    // The browser may be asking the agent for permission: a stop meanwhile settles now; the late stream is released.
    const microphone = await Promise.race([this.openMicrophone(), this.stopped]);
    this.startMeter(microphone);
    const peer = this.connect(microphone);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new MicTestError(
        `no audio connection to the Switchboard server within ${connectTimeoutMs / 1000} s (UDP to its media port may be blocked).`)),
      connectTimeoutMs);
    });
    try {
      return await Promise.race([this.negotiate(peer, access), deadline, this.stopped]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.rejectStopped(new MicTestError('the test was stopped before it connected.'));
    this.aborter.abort();
    clearInterval(this.meterTimer);
    this.currentLevel = 0;
    this.microphone?.getTracks().forEach(track => track.stop());
    if (this.peer) {
      this.peer.onconnectionstatechange = null;
      this.peer.close();
    }
    if (this.speaker) {
      this.speaker.pause();
      this.speaker.srcObject = null;
    }
    this.audioContext?.close().catch(() => undefined);
  }

  private async openMicrophone(): Promise<MediaStream> {
    const audio: MediaTrackConstraints | boolean = this.settings.deviceId ? { deviceId: { exact: this.settings.deviceId } } : true;
    try {
      this.microphone = await navigator.mediaDevices.getUserMedia({ audio, video: false });
    } catch (error) {
      throw new MicTestError(microphoneProblem(error, this.settings.deviceId));
    }
    if (this.closed) {
      this.microphone.getTracks().forEach(track => track.stop());
      throw new MicTestError('the test was stopped before it connected.');
    }
    if (this.microphone.getAudioTracks().length === 0) throw new MicTestError('the browser opened no microphone track.');
    return this.microphone;
  }

  /** RMS of the microphone's last 2048 samples, ten times a second, to `level` and the page's `onLevel`. */
  private startMeter(microphone: MediaStream): void {
    const context = new AudioContext();
    this.audioContext = context;
    // Started from a click the context runs at once; otherwise the browser's autoplay rules decide.
    context.resume().catch(() => undefined);
    const analyser = context.createAnalyser();
    analyser.fftSize = 2048;
    context.createMediaStreamSource(microphone).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    this.meterTimer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (let i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
      this.currentLevel = Math.min(1, Math.sqrt(sum / samples.length));
      try {
        this.settings.onLevel?.(this.currentLevel);
      } catch (error) {
        console.error('tccc: the onLevel handler of startMicTest threw', error);
      }
    }, levelIntervalMs);
  }

  private connect(microphone: MediaStream): RTCPeerConnection {
    const peer = new RTCPeerConnection();
    this.peer = peer;
    const transceiver = peer.addTransceiver(microphone.getAudioTracks()[0], { direction: 'sendrecv', streams: [microphone] });
    const capabilities = typeof RTCRtpReceiver.getCapabilities === 'function' ? RTCRtpReceiver.getCapabilities('audio') : null;
    const codecs = (capabilities?.codecs ?? [])
      .filter(codec => wantedCodecs.includes(codec.mimeType.toLowerCase()) && codec.clockRate === 8000)
      .sort((a, b) => wantedCodecs.indexOf(a.mimeType.toLowerCase()) - wantedCodecs.indexOf(b.mimeType.toLowerCase()));
    // Without the preference the server still picks G.711 from a browser's full list; with it the offer is small.
    if (codecs.some(codec => codec.mimeType.toLowerCase() !== 'audio/telephone-event') && typeof transceiver.setCodecPreferences === 'function') {
      transceiver.setCodecPreferences(codecs);
    }
    peer.ontrack = event => this.play(event.streams[0] ?? new MediaStream([event.track]));
    return peer;
  }

  private async negotiate(peer: RTCPeerConnection, access: MediaAccess): Promise<string> {
    const connected = new Promise<void>((resolve, reject) => {
      peer.onconnectionstatechange = () => {
        const state = peer.connectionState;
        if (state === 'connected') resolve();
        if (state === 'failed' || state === 'closed') {
          const reason = 'the audio connection to the Switchboard server failed.';
          reject(new MicTestError(reason));
          if (!this.closed) this.onLost(reason);
        }
      };
    });
    connected.catch(() => undefined); // a failure before negotiation finishes is reported by the race below
    await peer.setLocalDescription(await peer.createOffer());
    await gatheringComplete(peer);
    const answer = await this.postOffer(access, peer.localDescription?.sdp ?? '');
    if (this.closed) throw new MicTestError('the test was stopped before it connected.');
    await peer.setRemoteDescription({ type: 'answer', sdp: answer });
    await connected;
    return negotiatedCodec(answer);
  }

  private async postOffer(access: MediaAccess, offer: string): Promise<string> {
    let credential: string;
    try {
      credential = await access.credential();
    } catch {
      throw new MicTestError('the agent\'s session could not be renewed; sign in again.');
    }
    let response: Response;
    try {
      response = await fetch(new URL('media/mic-test', access.sdkBase).href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${credential}` },
        body: JSON.stringify({ type: 'offer', sdp: offer }),
        credentials: 'omit', mode: 'cors', cache: 'no-store', signal: this.aborter.signal,
      });
    } catch {
      if (this.closed) throw new MicTestError('the test was stopped before it connected.');
      throw new MicTestError(`the Switchboard server could not be reached (${access.sdkBase.origin}).`);
    }
    let body: Record<string, unknown> = {};
    try {
      const parsed: unknown = await response.json();
      if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    } catch {
      // An empty or non-JSON body: the status says enough.
    }
    if (response.status === 401) throw new MicTestError('the Switchboard server did not accept the agent\'s session (HTTP 401).');
    if (!response.ok) {
      const message = typeof body.message === 'string' && body.message ? body.message : `HTTP ${response.status}`;
      throw new MicTestError(`the Switchboard server refused the test: ${message}`);
    }
    if (body.type !== 'answer' || typeof body.sdp !== 'string') {
      throw new MicTestError('the Switchboard server answered without an SDP answer.');
    }
    return body.sdp;
  }

  private play(stream: MediaStream): void {
    if (this.closed || this.speaker) return;
    const speaker = new Audio();
    this.speaker = speaker;
    speaker.autoplay = true;
    speaker.srcObject = stream;
    const sink = speaker as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };
    const routed = this.settings.speakerId && typeof sink.setSinkId === 'function'
      ? sink.setSinkId(this.settings.speakerId).catch(error => console.warn('tccc: the chosen speaker cannot be used; playing on the default one', error))
      : Promise.resolve();
    routed.then(() => speaker.play()).catch(() => undefined);
    try {
      this.settings.onEcho?.(stream);
    } catch (error) {
      console.error('tccc: the onEcho handler of startMicTest threw', error);
    }
  }
}

function gatheringComplete(peer: RTCPeerConnection): Promise<void> {
  return new Promise(resolve => {
    if (peer.iceGatheringState === 'complete') return resolve();
    peer.addEventListener('icegatheringstatechange', () => {
      if (peer.iceGatheringState === 'complete') resolve();
    });
  });
}

/** The first payload type of the answer's audio section, by name (RFC 3551 static types have no rtpmap). */
export function negotiatedCodec(sdp: string): string {
  const media = /^m=audio \S+ \S+ (\d+)/m.exec(sdp);
  if (!media) return 'unknown';
  const type = media[1];
  const rtpmap = new RegExp(`^a=rtpmap:${type} ([^/\\s]+)/`, 'm').exec(sdp);
  if (rtpmap) return rtpmap[1].toUpperCase();
  return type === '0' ? 'PCMU' : type === '8' ? 'PCMA' : `payload type ${type}`;
}

function microphoneProblem(error: unknown, deviceId: string | undefined): string {
  const name = error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'permission to use the microphone was denied; allow it for this site and try again.';
    case 'NotFoundError':
      return 'no microphone was found; connect one and try again.';
    case 'OverconstrainedError':
      return `the chosen microphone (${deviceId ?? 'deviceId'}) is not available; pick one from tccc.Devices.getMicrophones().`;
    case 'NotReadableError':
      return 'the microphone could not be opened: another application may be using it.';
    default:
      return `the microphone could not be opened (${(error as Error)?.message || String(error)}).`;
  }
}
