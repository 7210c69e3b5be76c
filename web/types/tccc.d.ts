// Type definitions for `window.tccc`, the agent SDK a Switchboard server publishes at /sdk/tccc.js.
// Served at /sdk/tccc.d.ts. Reference it from a page's TypeScript with
//   /// <reference path="./tccc.d.ts" />
// after downloading it next to your sources. `tccc` is undefined until the SdkURL script has loaded and
// usable once the `ready` event has fired.

declare namespace TcccSdk {
  /** An agent's state, as `Agent.getStatus()` returns it and `statusChanged` carries it. */
  type AgentStatus = 'free' | 'busy' | 'arrange' | 'notReady' | 'rest' | 'offline';

  /** What `Agent.setStatus` accepts: the settable states plus `stopNotReady` (leave `notReady`). */
  type SettableStatus = 'free' | 'rest' | 'arrange' | 'notReady' | 'stopNotReady';

  /** How every action settles: it resolves with `status: 'success'`. */
  interface SuccessResponse<T = undefined> {
    status: 'success';
    data?: T;
  }

  /** What a failed action rejects with. */
  interface ErrorResponse {
    status: 'error';
    errorMsg: string;
  }

  /** Event payloads carry their fields at the top level and, mirrored, under `data`. */
  type Payload<T extends object> = T & { data: T };

  interface TokenExpiredFields { message: string }
  interface StatusChangedFields {
    status: AgentStatus;
    /** The rest reason while `status` is `rest`, otherwise null. */
    restReason: string | null;
    /** When the agent entered the state, Unix milliseconds. */
    since: number;
  }
  interface ForcedOfflineFields { message: string }
  interface SessionFields { sessionId: string }
  interface CallInFields {
    sessionId: string;
    type: 'phone' | 'im' | 'voip' | 'video' | 'internal';
    /** Seconds to answer; 0 = no timeout. */
    timeout: number;
    /** `im`: the visitor's nickname. */
    nickname?: string;
    /** `im`: the visitor's avatar URL, when the visitor's page gave one. */
    avatar?: string;
    remark?: string;
    /** `im`: where the visitor came from (the page that hosts the chat widget). */
    peerSource?: string;
    /** `im`: the widget's channel (`data-channel`). */
    channelName?: string;
    /** `im`: data the visitor's page passed for the agent. */
    clientData?: string;
    [field: string]: unknown;
  }
  interface SessionEndedFields {
    sessionId: string;
    type: string;
    duration: number;
    closeBy: 'client' | 'seat' | 'admin' | 'timer';
    mainReason?: string;
    subReason?: string;
  }
  interface CallOutedFields {
    sessionId: string;
    callerPhoneNumber: string;
    calleePhoneNumber?: string;
    protectedCallee?: string;
    remark?: string;
  }
  interface TransferFields { sessionId: string; skillGroupId?: string; userId?: string }

  /** Event name → payload handed to its handlers. */
  interface EventPayloads {
    ready: Payload<Record<string, never>>;
    tokenExpired: Payload<TokenExpiredFields>;
    callIn: Payload<CallInFields>;
    userAccessed: Payload<SessionFields>;
    autoTransfer: Payload<SessionFields>;
    sessionEnded: Payload<SessionEndedFields>;
    sessionCompleted: Payload<SessionFields>;
    callOuted: Payload<CallOutedFields>;
    calloutAccepted: Payload<SessionFields>;
    transfer: Payload<TransferFields>;
    statusChanged: Payload<StatusChangedFields>;
    /** Switchboard extension: ForceMemberOffline disconnected this agent; the SDK does not reconnect. */
    forcedOffline: Payload<ForcedOfflineFields>;
  }

  type EventName = keyof EventPayloads;
  type EventHandler<E extends EventName> = (payload: EventPayloads[E]) => void;

  /** `tccc.events`: each value is the event's own name, so `tccc.events.ready === 'ready'`. */
  type Events = { readonly [E in EventName]: E };

  interface SessionOptions { sessionId: string }
  interface TransferOptions { sessionId: string; skillGroupId?: string; userId?: string }
  interface OutboundCallOptions {
    phoneNumber: string;
    phoneDesc?: string;
    uui?: string;
    skillGroupId?: string;
    callerPhoneNumber?: string;
    servingNumberGroupIds?: string[];
    phoneEncodeType?: 'number';
  }
  interface CallResponse {
    sessionId: string;
    calleeLocation?: string;
    calleePhoneNumber: string;
    callerPhoneNumber: string;
    serverType: string;
    remark?: string;
  }

  /** Phone and VoIP sessions. Not available on Switchboard yet: every method rejects. */
  interface Call {
    startOutboundCall(options: OutboundCallOptions): Promise<SuccessResponse<CallResponse>>;
    /** Legacy alias of startOutboundCall. */
    callOut(options: OutboundCallOptions): Promise<SuccessResponse<CallResponse>>;
    accept(options: SessionOptions): Promise<SuccessResponse>;
    hungUp(options: SessionOptions): Promise<SuccessResponse>;
    deleteCall(options: SessionOptions): Promise<SuccessResponse>;
    muteMic(options: SessionOptions): Promise<SuccessResponse>;
    unmuteMic(options: SessionOptions): Promise<SuccessResponse>;
    isMicMuted(options: SessionOptions): Promise<SuccessResponse<boolean>>;
    startInternalCall(options: { calleeUserId: string; useMobile?: boolean }): Promise<SuccessResponse>;
    transfer(options: TransferOptions): Promise<SuccessResponse>;
    hold(options: SessionOptions): Promise<SuccessResponse>;
    unHold(options: SessionOptions): Promise<SuccessResponse>;
    sendDigits(options: SessionOptions & { dtmfText: string }): Promise<SuccessResponse>;
  }

  /**
   * Online chat sessions (`callIn` with type `im`). The conversation itself happens in the workstation: TCCC has
   * no message API. Each method resolves once the server applied it and rejects with its reason otherwise.
   */
  interface Chat {
    /** Takes a chat offered by `callIn`; `userAccessed` follows. */
    accept(options: SessionOptions): Promise<SuccessResponse>;
    /** Ends a chat the agent serves (or declines one that rings); `sessionEnded` follows with `closeBy: 'seat'`. */
    end(options: SessionOptions): Promise<SuccessResponse>;
    /** Hands a served chat to a chat skill group (`skillGroupId`) or to one agent (`userId`, the account); `transfer` follows. */
    transfer(options: TransferOptions): Promise<SuccessResponse>;
  }

  /** Video sessions. Not available on Switchboard yet: every method rejects. */
  interface Video {
    accept(options: SessionOptions): Promise<SuccessResponse>;
    end(options: SessionOptions): Promise<SuccessResponse>;
    muteMic(options: SessionOptions): Promise<SuccessResponse>;
    unmuteMic(options: SessionOptions): Promise<SuccessResponse>;
    muteVideo(options: SessionOptions): Promise<SuccessResponse>;
    unmuteVideo(options: SessionOptions): Promise<SuccessResponse>;
    transfer(options: TransferOptions): Promise<SuccessResponse>;
  }

  /** The agent's presence. Results are also announced through `statusChanged`. */
  interface Agent {
    online(): Promise<SuccessResponse>;
    offline(): Promise<SuccessResponse>;
    setStatus(options: { status: SettableStatus; restReason?: string }): Promise<SuccessResponse>;
    /** The state last known to this page; `offline` before `ready`. */
    getStatus(): AgentStatus;
  }

  /** Options of `Devices.startMicTest`. */
  interface MicTestOptions {
    /** The microphone to test, a `deviceId` from `getMicrophones()`; the browser's default microphone when absent. */
    deviceId?: string;
    /** The speaker the echo plays on, a `deviceId` from `getSpeakers()`; honoured where the browser supports `setSinkId`. */
    speakerId?: string;
    /** Called about ten times a second with the microphone's level: the RMS of its signal, 0 (silence) to 1 (full scale). */
    onLevel?(level: number): void;
    /** Called once with the echo as it arrives from the server (e.g. to analyse or record it); the SDK already plays it. */
    onEcho?(stream: MediaStream): void;
  }

  /** What `Devices.startMicTest` resolves with. */
  interface MicTestResult {
    /** The codec the server and the browser agreed on: `PCMU` or `PCMA`. */
    codec: string;
  }

  interface Devices {
    isBrowserSupported(): boolean;
    /** The browser is supported and the page is a secure context (HTTPS or localhost). */
    isEnvSupported(): boolean;
    getMicrophones(): Promise<MediaDeviceInfo[]>;
    getSpeakers(): Promise<MediaDeviceInfo[]>;
    /**
     * Switchboard extension: the agent's microphone test. The microphone's audio goes to the Switchboard server, which
     * plays it back after a short delay (`Media:EchoDelayMilliseconds`, 400 ms by default): the agent hears
     * themselves as a customer would, and sees the level through `onLevel` or `micTestLevel()`. Only after `ready`.
     * Resolves once audio flows; rejects with `errorMsg` when called before `ready` or while a test runs, when the
     * microphone is denied or missing, when the server refuses, or when no connection is up within 10 s.
     */
    startMicTest(options?: MicTestOptions): Promise<SuccessResponse<MicTestResult>>;
    /** Switchboard extension: ends the microphone test, releasing the microphone and the connection. Resolves even when none runs. */
    stopMicTest(): Promise<SuccessResponse>;
    /** Switchboard extension: the microphone's current level during a test (RMS, 0..1); 0 when no test runs. */
    micTestLevel(): number;
  }

  /** A skill group as `Admin.getSkillGroups()` lists it. */
  interface SkillGroupItem {
    skillGroupName: string;
    /** The id as TCCC types it (digits); `Chat.transfer` takes it as `skillGroupId`. */
    skillGroupId: string;
  }

  /** TCCC's legacy administration namespace. */
  interface Admin {
    /**
     * The application's online chat skill groups, the ones `Chat.transfer` takes, as the SDK last fetched them
     * (after every connection to the server); an empty list before `ready`.
     */
    getSkillGroups(): SkillGroupItem[];
  }

  /** The workstation UI. Works before `ready` too. */
  interface UI {
    hide(): void;
    show(): void;
    showfloatButton(): void;
    hidefloatButton(): void;
    showWorkbench(): void;
    hideWorkbench(): void;
  }

  interface Tccc {
    readonly events: Events;
    on<E extends EventName>(event: E, handler: EventHandler<E>): void;
    off<E extends EventName>(event: E, handler: EventHandler<E>): void;
    readonly Call: Call;
    readonly Chat: Chat;
    readonly Video: Video;
    readonly Agent: Agent;
    readonly Devices: Devices;
    readonly UI: UI;
    readonly Admin: Admin;
    /** Legacy alias of Call.startOutboundCall. */
    callOut(options: OutboundCallOptions): Promise<SuccessResponse<CallResponse>>;
    /**
     * Chooses which call-bar buttons show: `fn` gets `{ active: [{ type }] }` and returns the buttons to keep.
     * Undocumented in TCCC. Accepted without effect: this SDK has no call bar until calls are available.
     */
    overrideButtonConfig(fn: (config: ButtonConfig) => ButtonConfig): void;
    /** TCCC internal some integrations reach into; only `emitter.removeAllListeners` is provided. */
    readonly timer: { readonly emitter: { removeAllListeners(event?: EventName): void } };
  }

  /** A call-bar button, e.g. `transferSeat`, `transferSkillGroup`, `holdToggle`, `forwardOut`, `showKeyboard`, `selfService`. */
  interface CallBarButton {
    type: string;
  }

  interface ButtonConfig {
    active: CallBarButton[];
  }
}

/** The agent SDK; undefined until the SdkURL script has loaded, and after a page's teardown. */
declare var tccc: TcccSdk.Tccc | undefined;
