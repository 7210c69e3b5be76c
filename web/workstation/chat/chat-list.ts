import type { ChatDesk, ChatThread, ChatView } from '../../sdk/chat/chat-desk';
import { el, setText } from '../dom';
import { threadStateLabels } from './chat-labels';

interface Row {
  element: HTMLLIElement;
  open: HTMLButtonElement;
  name: HTMLElement;
  state: HTMLElement;
  countdown: HTMLElement;
  unread: HTMLElement;
  accept: HTMLButtonElement;
  complete: HTMLButtonElement;
  thread: ChatThread;
}

/**
 * The agent's chats: one row per session with the visitor's name, its state, unread messages and, while it
 * rings, a countdown and an Accept button; an ended chat offers Complete. The row's main button opens the
 * conversation. Rows are kept and updated in place, so focus and screen-reader position survive updates.
 */
export class ChatList {
  readonly element: HTMLElement;
  private readonly list = el('ul', { class: 'chat-list', 'aria-label': 'Chat sessions' });
  private readonly error = el('p', { class: 'chat-error', role: 'alert' });
  private readonly rows = new Map<string, Row>();
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly desk: ChatDesk, private readonly accept: (sessionId: string) => void) {
    this.error.hidden = true;
    this.element = el('div', { class: 'chats', role: 'region', 'aria-labelledby': 'chats-title' },
      el('h2', { id: 'chats-title' }, 'Chats'), this.list, this.error);
  }

  render(view: ChatView): void {
    this.element.hidden = view.threads.length === 0;
    for (const [id, row] of this.rows) {
      if (!view.threads.some(t => t.sessionId === id)) { row.element.remove(); this.rows.delete(id); }
    }
    view.threads.forEach((thread, index) => {
      const row = this.rows.get(thread.sessionId) ?? this.create(thread);
      this.update(row, thread, thread.sessionId === view.selected);
      if (this.list.children[index] !== row.element) this.list.insertBefore(row.element, this.list.children[index] ?? null);
    });
    const ringing = view.threads.some(t => t.state === 'ringing' && t.ringsUntil !== null);
    if (ringing && !this.ticker) this.ticker = setInterval(() => this.tick(), 1000);
    if (!ringing && this.ticker) { clearInterval(this.ticker); this.ticker = undefined; }
  }

  /** Shows why a row's action failed, or clears it. */
  showError(message: string | null): void {
    this.error.hidden = !message;
    setText(this.error, message ?? '');
  }

  private create(thread: ChatThread): Row {
    const row: Row = {
      element: el('li', { class: 'chat-row', 'data-session-id': thread.sessionId }),
      open: el('button', { type: 'button', class: 'chat-open' }),
      name: el('span', { class: 'chat-name' }),
      state: el('span', { class: 'chat-state' }),
      countdown: el('span', { class: 'countdown' }),
      unread: el('span', { class: 'unread' }),
      accept: el('button', { type: 'button', class: 'accept' }, 'Accept'),
      complete: el('button', { type: 'button', class: 'complete' }, 'Complete'),
      thread,
    };
    row.open.append(row.name, row.state, row.countdown, row.unread);
    row.element.append(row.open, row.accept, row.complete);
    row.open.addEventListener('click', () => this.desk.select(row.thread.sessionId));
    row.accept.addEventListener('click', () => this.accept(row.thread.sessionId));
    row.complete.addEventListener('click', () => {
      row.complete.disabled = true;
      this.desk.complete(row.thread.sessionId).then(error => { this.showError(error); row.complete.disabled = false; });
    });
    this.rows.set(thread.sessionId, row);
    return row;
  }

  private update(row: Row, thread: ChatThread, selected: boolean): void {
    row.thread = thread;
    const name = thread.nickname || 'Visitor';
    row.element.dataset.state = thread.state;
    row.open.setAttribute('aria-current', String(selected));
    setText(row.name, name);
    setText(row.state, threadStateLabels[thread.state]);
    row.countdown.hidden = thread.state !== 'ringing' || thread.ringsUntil === null;
    row.countdown.dataset.until = String(thread.ringsUntil ?? 0);
    setText(row.countdown, secondsLeft(thread.ringsUntil ?? 0));
    row.unread.hidden = thread.unread === 0;
    row.unread.setAttribute('aria-label', `${thread.unread} unread`);
    setText(row.unread, String(thread.unread));
    row.accept.hidden = thread.state !== 'ringing';
    row.accept.setAttribute('aria-label', `Accept chat from ${name}`);
    row.complete.hidden = thread.state !== 'ended';
    row.complete.setAttribute('aria-label', `Complete chat with ${name}`);
  }

  private tick(): void {
    for (const row of this.rows.values()) {
      if (!row.countdown.hidden) setText(row.countdown, secondsLeft(Number(row.countdown.dataset.until)));
    }
  }
}

function secondsLeft(until: number): string {
  return `${Math.max(0, Math.ceil((until - Date.now()) / 1000))} s`;
}
