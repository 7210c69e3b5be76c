import { HttpTransportType, HubConnection, HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import type { AgentSession, AgentState } from './agent-session';
import type { ConnectionState } from './connection-state';

/** Delays between reconnection attempts, in seconds; the last one repeats (docs/agent-sdk-protocol.md §3). */
const backOffSeconds = [0, 1, 2, 5, 10, 20, 30];

export function backOffDelayMs(previousAttempts: number): number {
  return backOffSeconds[Math.min(previousAttempts, backOffSeconds.length - 1)] * 1000;
}

/** The hub's answer to SetStatus, Online and Offline. */
export interface HubResult {
  ok: boolean;
  errorMsg?: string;
  state: AgentState;
}

export interface ConnectionListener {
  state(state: ConnectionState, message?: string): void;
  statusChanged(state: AgentState): void;
  forcedOffline(message: string): void;
}

/**
 * The live connection to /sdk/hub: SignalR over WebSockets only, the session credential as access token,
 * reconnecting with back-off for as long as the page lives unless the server forced the agent offline.
 */
export class AgentConnection {
  private readonly hub: HubConnection;
  private stopped = false;
  /** Connection attempts that failed in a row; after one, the credential is verified by renewing it. */
  private failures = 0;

  constructor(sdkBase: URL, session: AgentSession, private readonly listener: ConnectionListener) {
    this.hub = new HubConnectionBuilder()
      .withUrl(new URL('hub', sdkBase).href, {
        transport: HttpTransportType.WebSockets,
        skipNegotiation: true,
        accessTokenFactory: () => session.current(this.failures > 0),
      })
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: context => {
          this.failures = context.previousRetryCount;
          return this.stopped ? null : backOffDelayMs(context.previousRetryCount);
        },
      })
      .configureLogging(LogLevel.None)
      .build();
    this.hub.on('statusChanged', (state: AgentState) => listener.statusChanged(state));
    this.hub.on('forcedOffline', (notice: { message?: string }) => {
      this.stop();
      listener.forcedOffline(typeof notice?.message === 'string' ? notice.message : 'The agent was forced offline.');
    });
    this.hub.onreconnecting(() => listener.state('reconnecting'));
    this.hub.onreconnected(() => { this.failures = 0; this.resync(); });
    this.hub.onclose(() => { if (!this.stopped) listener.state('offline'); });
  }

  /** Connects, retrying with the same back-off as reconnection; resolves once connected. */
  async start(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        this.listener.state(attempt === 0 ? 'connecting' : 'reconnecting');
        await this.hub.start();
        this.failures = 0;
        this.listener.state('connected');
        return;
      } catch {
        this.failures++;
        await new Promise(resolve => setTimeout(resolve, Math.max(backOffDelayMs(attempt + 1), 500)));
      }
    }
    throw new Error('stopped');
  }

  /** Handles a server → client message other than the presence ones (the chat desk's). */
  on(method: string, handler: (argument: unknown) => void): void {
    this.hub.on(method, handler);
  }

  invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    return this.hub.invoke<T>(method, ...args);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.hub.stop().catch(() => undefined);
  }

  private resync(): void {
    this.listener.state('connected');
    // Changes made while the connection was down arrive as the current state.
    this.invoke<AgentState>('GetState').then(state => this.listener.statusChanged(state), () => undefined);
  }
}
