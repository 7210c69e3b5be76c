import { type MediaAccess, MicTestError, MicTestRun, type MicTestSettings } from './mic-test-run';
import { failure, success } from './responses';

/** Where the microphone test is: what the workstation shows. */
export interface MicTestView {
  phase: 'idle' | 'starting' | 'running';
  /** The microphone's level, RMS 0..1; 0 unless running. */
  level: number;
  /** The negotiated codec while running. */
  codec: string;
  /** Why the last test failed or ended on its own; empty otherwise. */
  error: string;
}

type Listener = (view: MicTestView) => void;

const start = 'tccc.Devices.startMicTest';

/**
 * `tccc.Devices.startMicTest` / `stopMicTest` / `micTestLevel` (a Switchboard extension): one test at a time per
 * page, started only once the agent is signed in and connected, since the server's echo takes the session credential.
 */
export class MicrophoneTest {
  private run: MicTestRun | null = null;
  private view: MicTestView = { phase: 'idle', level: 0, codec: '', error: '' };
  private readonly listeners: Listener[] = [];

  /** `access` says why media cannot be used now (a message), or how to reach the server. */
  constructor(private readonly access: (member: string) => MediaAccess | string) {}

  get snapshot(): MicTestView {
    return this.view;
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
    listener(this.view);
  }

  level(): number {
    return this.run && this.view.phase === 'running' ? this.run.level : 0;
  }

  async start(options?: unknown): Promise<TcccSdk.SuccessResponse<TcccSdk.MicTestResult>> {
    const parsed = readOptions(options);
    if (typeof parsed === 'string') return failure(`${start}: ${parsed}`);
    if (this.run) {
      return failure(`${start}: a microphone test is already ${this.view.phase === 'starting' ? 'starting' : 'running'}; call tccc.Devices.stopMicTest() first.`);
    }
    const access = this.access('Devices.startMicTest');
    if (typeof access === 'string') return failure(access);
    if (typeof RTCPeerConnection !== 'function' || typeof navigator.mediaDevices?.getUserMedia !== 'function') {
      return failure(`${start}: this browser cannot send audio (no WebRTC or getUserMedia; the page must be HTTPS or localhost).`);
    }

    const run = new MicTestRun({
      ...parsed,
      onLevel: level => {
        if (this.run === run && this.view.phase === 'running') this.update({ level });
        parsed.onLevel?.(level);
      },
    });
    run.onLost = reason => {
      if (this.run !== run || this.view.phase !== 'running') return;
      this.end(run, `The test ended: ${reason}`);
    };
    this.run = run;
    this.update({ phase: 'starting', level: 0, codec: '', error: '' });
    try {
      const codec = await run.start(access);
      if (this.run !== run) return failure(`${start}: the test was stopped before it connected.`);
      this.update({ phase: 'running', codec });
      return success({ codec });
    } catch (error) {
      const message = error instanceof MicTestError ? error.message : `the test could not start (${(error as Error)?.message || String(error)}).`;
      if (this.run === run) this.end(run, message.charAt(0).toUpperCase() + message.slice(1));
      else run.close();
      return failure(`${start}: ${message}`);
    }
  }

  stop(): Promise<TcccSdk.SuccessResponse> {
    if (this.run) this.end(this.run, '');
    return Promise.resolve(success());
  }

  private end(run: MicTestRun, error: string): void {
    run.close();
    this.run = null;
    this.update({ phase: 'idle', level: 0, codec: '', error });
  }

  private update(change: Partial<MicTestView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener(this.view);
  }
}

/** The validated options, or what is wrong with them. */
function readOptions(options: unknown): MicTestSettings | string {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') return 'options must be an object: { deviceId?, speakerId?, onLevel?, onEcho? }.';
  const given = options as Record<string, unknown>;
  const settings: MicTestSettings = {};
  for (const key of ['deviceId', 'speakerId'] as const) {
    const value = given[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') return `${key} must be a device id string from tccc.Devices.get${key === 'deviceId' ? 'Microphones' : 'Speakers'}().`;
    settings[key] = value;
  }
  for (const key of ['onLevel', 'onEcho'] as const) {
    const value = given[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'function') return `${key} must be a function.`;
  }
  if (typeof given.onLevel === 'function') settings.onLevel = given.onLevel as (level: number) => void;
  if (typeof given.onEcho === 'function') settings.onEcho = given.onEcho as (stream: MediaStream) => void;
  return settings;
}
