import { AgentConnection, type HubResult } from './agent-connection';
import type { AgentEvents } from './agent-events';
import type { AgentModel } from './agent-model';
import { AgentSession, type AgentState, type LoginResult, type SessionRefused } from './agent-session';
import type { MediaAccess } from './mic-test-run';
import { failure, success } from './responses';
import type { ScriptContext } from './script-credentials';

const statuses: readonly string[] = ['free', 'busy', 'arrange', 'notReady', 'rest', 'offline'];
const settable: readonly string[] = ['free', 'rest', 'arrange', 'notReady', 'stopNotReady'];

/**
 * One SDK instance's life: wait for the script's load event (so the page has subscribed), log in with the
 * one-time token, connect, fetch the state, then `ready`. Any login failure becomes `tokenExpired`.
 */
export class AgentController {
  private ready = false;
  private disposed = false;
  /** The session ended for good (refused, forced offline, lost); `ready` can no longer follow. */
  private ended = false;
  private session: AgentSession | null = null;
  private connection: AgentConnection | null = null;
  /** Parts of the SDK that listen to the live connection's own messages (the chat desk). */
  private readonly connectionUsers: ((connection: AgentConnection) => void)[] = [];

  constructor(
    private readonly context: ScriptContext,
    private readonly events: AgentEvents,
    private readonly model: AgentModel,
  ) {}

  async start(): Promise<void> {
    await scriptLoaded(this.context.element);
    const credentials = this.context.credentials;
    if (!credentials) return this.signInFailed(this.context.problem);

    const session = new AgentSession(this.context.sdkBase, refusal => this.sessionLost(refusal));
    this.session = session;
    let login: LoginResult;
    try {
      login = await session.login(credentials);
    } catch (error) {
      session.close();
      return this.signInFailed((error as Error).message);
    }
    if (this.disposed) return session.close();
    this.model.update({ agent: login.agent, restReasons: login.restReasons, message: '' });
    this.applyState(login.status, false);

    const connection = new AgentConnection(this.context.sdkBase, session, {
      state: (connectionState, message = '') => {
        // The end of a session is final: a late notice from the closing connection must not hide why it ended.
        const current = this.model.snapshot.connection;
        if (current !== 'forcedOffline' && current !== 'signInFailed') this.model.update({ connection: connectionState, message });
      },
      statusChanged: state => this.applyState(state, true),
      forcedOffline: message => this.forcedOffline(message),
    });
    this.connection = connection;
    for (const use of this.connectionUsers) use(connection);
    try {
      await connection.start();
    } catch {
      return; // stopped: torn down, forced offline or the session was lost while connecting
    }
    try {
      // Connecting may have brought the agent online: read the state `ready` promises getStatus() knows.
      this.applyState(await connection.invoke<AgentState>('GetState'), false);
    } catch {
      // Dropped right after connecting: the login's state stands and the reconnection resynchronises it.
    }
    if (this.disposed || this.ended) return;
    this.ready = true;
    this.model.update({ ready: true });
    this.events.emit('ready', {});
  }

  status(): TcccSdk.AgentStatus {
    return this.ready ? this.model.snapshot.state.status : 'offline';
  }

  setStatus(options: unknown): Promise<TcccSdk.SuccessResponse> {
    const request = options as { status?: unknown; restReason?: unknown } | null;
    if (!request || typeof request !== 'object' || typeof request.status !== 'string' || !settable.includes(request.status)) {
      return failure(`Agent.setStatus needs { status } with status one of ${settable.join(', ')}.`);
    }
    if (request.restReason !== undefined && request.restReason !== null && typeof request.restReason !== 'string') {
      return failure('Agent.setStatus: restReason must be a string.');
    }
    const argument: { status: string; restReason?: string } = { status: request.status };
    if (typeof request.restReason === 'string' && request.restReason) argument.restReason = request.restReason;
    return this.invoke('Agent.setStatus', 'SetStatus', argument);
  }

  online(): Promise<TcccSdk.SuccessResponse> {
    return this.invoke('Agent.online', 'Online');
  }

  offline(): Promise<TcccSdk.SuccessResponse> {
    return this.invoke('Agent.offline', 'Offline');
  }

  /** Calls `use` with the live connection once it exists, before it connects, so no message is missed. */
  onConnection(use: (connection: AgentConnection) => void): void {
    this.connectionUsers.push(use);
    if (this.connection) use(this.connection);
  }

  /** The live connection for a call made by `tccc.${member}`, or (a message) why there is none usable now. */
  hub(member: string): AgentConnection | string {
    if (!this.ready || !this.connection) return `tccc.${member} was called before the 'ready' event: wait for tccc.events.ready first.`;
    const connection = this.model.snapshot.connection;
    if (connection !== 'connected') {
      return `tccc.${member} failed: the agent is not connected to the Switchboard server (${describe(connection)}).`;
    }
    return this.connection;
  }

  /** How a media request reaches the server on the agent's behalf, or (a message) why it cannot now. */
  mediaAccess(member: string): MediaAccess | string {
    const session = this.session;
    if (!this.ready || !session) return `tccc.${member} was called before the 'ready' event: wait for tccc.events.ready first.`;
    const connection = this.model.snapshot.connection;
    if (connection !== 'connected') {
      return `tccc.${member} failed: the agent is not connected to the Switchboard server (${describe(connection)}).`;
    }
    return { sdkBase: this.context.sdkBase, credential: () => session.current() };
  }

  dispose(): void {
    this.disposed = true;
    this.ready = false;
    this.connection?.stop();
    this.session?.close();
  }

  private async invoke(member: string, method: string, ...args: unknown[]): Promise<TcccSdk.SuccessResponse> {
    if (!this.ready || !this.connection) {
      return failure(`tccc.${member} was called before the 'ready' event: wait for tccc.events.ready first.`);
    }
    const connection = this.model.snapshot.connection;
    if (connection !== 'connected') {
      return failure(`tccc.${member} failed: the agent is not connected to the Switchboard server (${describe(connection)}).`);
    }
    let result: HubResult;
    try {
      result = await this.connection.invoke<HubResult>(method, ...args);
    } catch {
      return failure(`tccc.${member} failed: the connection to the Switchboard server was lost; try again once it is back.`);
    }
    if (result?.state) this.applyState(result.state, true);
    if (!result?.ok) return failure(result?.errorMsg || `tccc.${member} was refused by the server.`);
    return success();
  }

  /** Records the server's state; announces it when it differs from what the page last saw. */
  private applyState(state: AgentState, announce: boolean): void {
    if (!state || !statuses.includes(state.status)) return;
    const known = this.model.snapshot.state;
    const changed = known.status !== state.status || known.reason !== state.reason || known.since !== state.since;
    const next = { status: state.status, reason: state.reason ?? null, since: Number(state.since) || Date.now() };
    if (changed) this.model.update({ state: next });
    if (changed && announce && this.ready) {
      this.events.emit('statusChanged', { status: next.status, restReason: next.reason, since: next.since });
    }
  }

  private signInFailed(message: string): void {
    if (this.disposed || this.ended) return;
    this.ended = true;
    this.model.update({ connection: 'signInFailed', message });
    this.events.emit('tokenExpired', { message });
  }

  // Before `ready` the page is still waiting for the outcome of its initialisation, so an ending session is
  // reported as `tokenExpired` (the page then fetches a new SdkURL) rather than left unanswered.

  private forcedOffline(message: string): void {
    this.session?.close();
    if (this.ended) return; // the hub's notice and the refused renewal can both report it
    if (!this.ready) return this.signInFailed(message);
    this.ended = true;
    this.model.update({ connection: 'forcedOffline', message });
    this.applyState({ status: 'offline', reason: null, since: Date.now() }, true);
    this.events.emit('forcedOffline', { message });
  }

  private sessionLost(refusal: SessionRefused): void {
    this.connection?.stop();
    if (this.ended) return;
    if (refusal.code === 'ForcedOffline') return this.forcedOffline(refusal.message);
    if (!this.ready) return this.signInFailed(refusal.message);
    this.ended = true;
    this.model.update({ connection: 'offline', message: refusal.message });
    this.applyState({ status: 'offline', reason: null, since: Date.now() }, true);
  }
}

function describe(connection: string): string {
  switch (connection) {
    case 'forcedOffline': return 'forced offline';
    case 'signInFailed': return 'sign-in failed';
    default: return connection;
  }
}

/**
 * Resolves after the script element's load event has been dispatched, so handlers a page attaches in its
 * own load listener (the documented pattern) see `ready` or `tokenExpired`.
 */
function scriptLoaded(element: HTMLScriptElement | null): Promise<void> {
  return new Promise(resolve => {
    if (!element || !element.src) {
      setTimeout(resolve, 0);
      return;
    }
    element.addEventListener('load', () => setTimeout(resolve, 0), { once: true });
  });
}
