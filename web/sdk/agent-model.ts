import type { AgentProfile, AgentState } from './agent-session';
import type { ConnectionState } from './connection-state';

/** Everything the workstation shows, in one place. */
export interface AgentSnapshot {
  connection: ConnectionState;
  /** `ready` has fired: the agent's actions may be used. */
  ready: boolean;
  /** Why the connection is in its state (a refusal, ForceMemberOffline's message), or empty. */
  message: string;
  agent: AgentProfile | null;
  restReasons: string[];
  state: AgentState;
}

type Listener = (snapshot: AgentSnapshot) => void;

/** The agent as this page knows it; the workstation re-renders on every change. */
export class AgentModel {
  private current: AgentSnapshot = {
    connection: 'connecting', ready: false, message: '', agent: null, restReasons: [],
    state: { status: 'offline', reason: null, since: Date.now() },
  };
  private readonly listeners: Listener[] = [];

  get snapshot(): AgentSnapshot {
    return this.current;
  }

  update(change: Partial<AgentSnapshot>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener(this.current);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
    listener(this.current);
  }
}
