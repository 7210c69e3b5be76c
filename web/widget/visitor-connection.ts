import { HttpTransportType, HubConnection, HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';
import type { ChatMessage, ChatSession, HubAnswer } from './wire';

/** Delays between reconnection attempts, in seconds; the last one repeats for as long as the page lives. */
const backOffSeconds = [0, 1, 2, 5, 10, 20, 30];

function backOffMs(attempt: number): number {
  return backOffSeconds[Math.min(attempt, backOffSeconds.length - 1)] * 1000;
}

export interface VisitorConnectionListener {
  connected(reconnected: boolean): void;
  disconnected(): void;
  session(session: ChatSession): void;
  message(message: ChatMessage): void;
  typing(sessionId: string, typing: boolean): void;
}

/** The live connection to /chat/visitor/hub: WebSockets only, the visitor token as access token, reconnecting with back-off. */
export class VisitorConnection {
  private readonly hub: HubConnection;
  private starting?: Promise<void>;
  /** Failed connection attempts in a row; after one, the token is renewed before the next. */
  private failures = 0;

  constructor(base: URL, token: (renew: boolean) => Promise<string>, private readonly listener: VisitorConnectionListener) {
    this.hub = new HubConnectionBuilder()
      .withUrl(new URL('chat/visitor/hub', base).href, {
        transport: HttpTransportType.WebSockets,
        skipNegotiation: true,
        accessTokenFactory: () => token(this.failures > 0),
      })
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: context => { this.failures = context.previousRetryCount; return backOffMs(context.previousRetryCount); },
      })
      .configureLogging(LogLevel.None)
      .build();
    this.hub.on('session', (session: ChatSession) => listener.session(session));
    this.hub.on('message', (message: ChatMessage) => listener.message(message));
    this.hub.on('typing', (notice: { sessionId: string; typing: boolean }) => listener.typing(notice.sessionId, notice.typing));
    this.hub.onreconnecting(() => listener.disconnected());
    this.hub.onreconnected(() => { this.failures = 0; listener.connected(true); });
    // Automatic reconnection gave up (or the first connection never opened): keep trying, more slowly.
    this.hub.onclose(() => { listener.disconnected(); this.start().catch(() => undefined); });
  }

  get isConnected(): boolean {
    return this.hub.state === HubConnectionState.Connected;
  }

  /** Connects, retrying with back-off; resolves once connected. */
  start(): Promise<void> {
    this.starting ??= this.connect().finally(() => { this.starting = undefined; });
    return this.starting;
  }

  async invoke(method: string, ...args: unknown[]): Promise<HubAnswer> {
    try {
      return await this.hub.invoke<HubAnswer>(method, ...args);
    } catch {
      return { ok: false, code: 'offline', message: 'Not connected to the chat server; retrying…' };
    }
  }

  async restart(): Promise<void> {
    await this.hub.stop().catch(() => undefined);
    await this.start();
  }

  private async connect(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      if (this.hub.state === HubConnectionState.Connected) return;
      try {
        if (this.hub.state === HubConnectionState.Disconnected) {
          await this.hub.start();
          this.failures = 0;
          this.listener.connected(attempt > 0);
          return;
        }
      } catch {
        this.failures++;
        // The server is unreachable or refused the token; the token factory signs in again when needed.
      }
      await new Promise(resolve => setTimeout(resolve, Math.max(backOffMs(attempt + 1), 500)));
    }
  }
}
