import type { SignInAnswer } from './wire';

/** A message typed while offline (or not yet acknowledged), resent with the same client id after a reload. */
export interface PendingMessage {
  clientMessageId: string;
  sessionId: string;
  type: 'text' | 'image' | 'file';
  content: string;
}

/** What survives a reload, per application, in localStorage. */
export interface SavedState {
  identity?: SignInAnswer;
  sessionId?: string;
  panelOpen?: boolean;
  /** The last session this visitor rated, so a reload does not ask again. */
  ratedSessionId?: string;
  pending: PendingMessage[];
}

/** localStorage access that never throws (private browsing, storage disabled, quota). */
export class SavedStateStore {
  private readonly key: string;

  constructor(appId: number) {
    this.key = `switchboard-chat:${appId}`;
  }

  load(): SavedState {
    try {
      const raw = window.localStorage.getItem(this.key);
      const parsed = raw ? JSON.parse(raw) as Partial<SavedState> : {};
      return { ...parsed, pending: Array.isArray(parsed.pending) ? parsed.pending : [] };
    } catch {
      return { pending: [] };
    }
  }

  update(change: (state: SavedState) => void): SavedState {
    const state = this.load();
    change(state);
    try {
      window.localStorage.setItem(this.key, JSON.stringify(state));
    } catch {
      // Without storage the chat still works; it just starts over after a reload.
    }
    return state;
  }
}
