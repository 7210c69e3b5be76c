import type { ScriptCredentials } from './script-credentials';

/** The agent as /sdk/login describes it. */
export interface AgentProfile {
  userId: string;
  name: string;
  nick: string;
  staffNumber: string;
  sdkAppId: number;
}

/** The server's view of the agent's presence (AgentState in the wire protocol). */
export interface AgentState {
  status: TcccSdk.AgentStatus;
  reason: string | null;
  since: number;
}

export interface LoginResult {
  agent: AgentProfile;
  restReasons: string[];
  status: AgentState;
}

/** A refusal from /sdk/login or /sdk/session/renew, in the protocol's `{code, message}` form. */
export class SessionRefused extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const unreachable = 'The Switchboard server could not be reached';

/** Answers after which the same credential may still be renewed. */
const transient = ['Unreachable', 'TooManyRequests', 'ServerError'];

/**
 * The short-lived session credential that replaces the one-time token. It lives in memory only (no
 * cookie, no storage) and is renewed at two thirds of its lifetime.
 */
export class AgentSession {
  private credential = '';
  private expiresAt = 0;
  private renewTimer: ReturnType<typeof setTimeout> | undefined;
  private renewing: Promise<string> | null = null;
  private closed = false;

  constructor(private readonly sdkBase: URL, private readonly onLost: (error: SessionRefused) => void) {}

  async login(credentials: ScriptCredentials): Promise<LoginResult> {
    const body = await this.post('login', { sdkAppId: credentials.sdkAppId, userId: credentials.userId, token: credentials.token });
    this.accept(body);
    const agent = body.agent as AgentProfile | undefined;
    const status = body.status as AgentState | undefined;
    if (!agent || typeof agent.userId !== 'string' || !status || typeof status.status !== 'string') {
      throw new SessionRefused('BadResponse', 'The Switchboard server answered the login with an unexpected body.');
    }
    const restReasons = Array.isArray(body.restReasons) ? body.restReasons.filter((r): r is string => typeof r === 'string') : [];
    return { agent, restReasons, status };
  }

  /**
   * The credential for the next connection attempt, renewed first when it is about to run out — or always
   * when `verify` is set: a refused WebSocket upgrade does not say why, the renewal does
   * (expired, forced offline, agent deleted).
   */
  async current(verify = false): Promise<string> {
    if (verify || Date.now() > this.expiresAt - 30_000) return this.renew();
    return this.credential;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.renewTimer);
    this.credential = '';
  }

  private renew(): Promise<string> {
    if (!this.renewing) {
      this.renewing = this.post('session/renew', undefined, this.credential)
        .then(body => { this.accept(body); return this.credential; })
        .catch((error: unknown) => {
          const refusal = error instanceof SessionRefused ? error : new SessionRefused('Unreachable', unreachable);
          // A network failure, a busy or a failing server is retried later; a refusal ends the session.
          if (transient.includes(refusal.code) || refusal.code.startsWith('Http5')) this.schedule(10_000);
          else if (!this.closed) this.onLost(refusal);
          throw refusal;
        })
        .finally(() => { this.renewing = null; });
    }
    return this.renewing;
  }

  private accept(body: Record<string, unknown>): void {
    const session = body.session;
    const expiresIn = Number(body.expiresIn);
    if (typeof session !== 'string' || !(expiresIn > 0)) {
      throw new SessionRefused('BadResponse', 'The Switchboard server answered without a session.');
    }
    this.credential = session;
    this.expiresAt = Date.now() + expiresIn * 1000;
    this.schedule(expiresIn * 1000 * 2 / 3);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.renewTimer);
    if (this.closed) return;
    this.renewTimer = setTimeout(() => { this.renew().catch(() => undefined); }, delayMs);
  }

  private async post(path: string, body: object | undefined, bearer?: string): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = {};
    if (body) headers['Content-Type'] = 'application/json';
    if (bearer) headers.Authorization = `Bearer ${bearer}`;
    let response: Response;
    try {
      response = await fetch(new URL(path, this.sdkBase).href, {
        method: 'POST', headers, body: body ? JSON.stringify(body) : null,
        credentials: 'omit', mode: 'cors', cache: 'no-store',
      });
    } catch {
      throw new SessionRefused('Unreachable', `${unreachable} (${this.sdkBase.origin}).`);
    }
    let parsed: unknown = null;
    try { parsed = await response.json(); } catch { parsed = null; }
    const answer = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
    if (!response.ok) {
      const code = typeof answer.code === 'string' ? answer.code : `Http${response.status}`;
      const message = typeof answer.message === 'string' && answer.message
        ? answer.message : `The Switchboard server refused the request (HTTP ${response.status}).`;
      throw new SessionRefused(code, message);
    }
    return answer;
  }
}
