import type { AgentSnapshot } from '../sdk/agent-model';
import type { ChatPanel } from './chat/chat-panel';
import { el, setText } from './dom';
import { connectionLabels, statusLabels } from './labels';
import type { MicCheck } from './mic-check';

/** What the status switcher asks the SDK to do. */
export interface StatusActions {
  setStatus(status: TcccSdk.SettableStatus, restReason?: string): Promise<TcccSdk.SuccessResponse>;
  online(): Promise<TcccSdk.SuccessResponse>;
  offline(): Promise<TcccSdk.SuccessResponse>;
}

interface Choice {
  label: string;
  status: TcccSdk.AgentStatus;
  reason: string | null;
  apply(): Promise<TcccSdk.SuccessResponse>;
}

/**
 * The workstation's content: who is signed in, the connection, the current status, a switcher of
 * buttons (one per status and rest reason), reachable with Tab and operated with Enter or Space, the
 * microphone check, and the agent's chats.
 */
export class AgentPanel {
  readonly element: HTMLElement;
  private readonly avatar = el('div', { class: 'avatar', 'aria-hidden': 'true' });
  private readonly name = el('div', { class: 'name', part: 'agent-name' });
  private readonly userId = el('div', { class: 'uid' });
  private readonly connectionDot = el('span', { class: 'dot', 'aria-hidden': 'true' });
  private readonly connectionText = el('span', { class: 'conn-text' });
  private readonly notice = el('p', { class: 'notice', role: 'alert' });
  private readonly statusText = el('strong', { class: 'status' });
  private readonly sinceText = el('span', { class: 'since' });
  private readonly switcher = el('div', { class: 'switcher', role: 'group', 'aria-label': 'Change my status' });
  private readonly error = el('p', { class: 'error', role: 'alert' });
  private buttons: { button: HTMLButtonElement; choice: Choice }[] = [];
  private reasonsKey = '';
  private status: TcccSdk.AgentStatus = 'offline';

  constructor(
    private readonly actions: StatusActions,
    closeButton: HTMLButtonElement | null,
    private readonly micCheck: MicCheck,
    chat: ChatPanel,
  ) {
    this.notice.hidden = true;
    this.error.hidden = true;
    const header = el('header', {},
      this.avatar,
      el('div', { class: 'who' }, this.name, this.userId),
      el('div', { class: 'conn', role: 'status', 'aria-live': 'polite', 'aria-label': 'Connection' },
        this.connectionDot, this.connectionText),
      closeButton);
    const body = el('div', { class: 'body' },
      el('div', {},
        this.notice,
        el('p', { class: 'current', 'aria-live': 'polite' }, 'Status: ', this.statusText, ' ', this.sinceText)),
      el('div', {}, el('h2', { id: 'switcher-title' }, 'Set status'), this.switcher, this.error),
      micCheck.element);
    this.switcher.setAttribute('aria-labelledby', 'switcher-title');
    // With chats, the status and the chat list share a side column and the open conversation takes the rest.
    const main = el('div', { class: 'main' }, el('div', { class: 'side' }, chat.list.element, body), chat.conversation.element);
    this.element = el('section', { class: 'panel', role: 'region', 'aria-label': 'Agent workstation' }, header, main);
    chat.onPresence(hasChats => this.element.toggleAttribute('data-chats', hasChats));
  }

  render(snapshot: AgentSnapshot): void {
    this.micCheck.render(snapshot);
    const agent = snapshot.agent;
    const display = agent ? agent.nick || agent.name || agent.userId : 'Agent';
    setText(this.avatar, Array.from(display.trim())[0]?.toUpperCase() ?? '?');
    setText(this.name, display);
    const details = agent ? [agent.userId, agent.staffNumber ? `#${agent.staffNumber}` : ''].filter(Boolean).join(' · ') : '';
    setText(this.userId, details);
    if (agent?.name && agent.name !== display) this.name.title = agent.name;

    this.connectionDot.dataset.state = snapshot.connection;
    setText(this.connectionText, connectionLabels[snapshot.connection]);
    this.notice.hidden = !snapshot.message;
    setText(this.notice, snapshot.message);

    const state = snapshot.state;
    this.status = state.status;
    setText(this.statusText, state.status === 'rest' && state.reason ? `${statusLabels.rest}: ${state.reason}` : statusLabels[state.status]);
    setText(this.sinceText, `since ${new Date(state.since).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`);

    const key = JSON.stringify(snapshot.restReasons);
    if (key !== this.reasonsKey || this.buttons.length === 0) {
      this.reasonsKey = key;
      this.buildSwitcher(snapshot.restReasons);
    }
    const connected = snapshot.connection === 'connected';
    for (const { button, choice } of this.buttons) {
      const current = choice.status === state.status && (choice.status !== 'rest' || choice.reason === null || choice.reason === state.reason);
      button.setAttribute('aria-pressed', String(current));
      // Busy is the server's to end: switching away mid-session is refused, so do not offer it.
      button.disabled = !connected || state.status === 'busy';
    }
  }

  private buildSwitcher(restReasons: string[]): void {
    const choices: Choice[] = [
      { label: statusLabels.free, status: 'free', reason: null, apply: () => this.goFree() },
      { label: statusLabels.notReady, status: 'notReady', reason: null, apply: () => this.actions.setStatus('notReady') },
      ...(restReasons.length > 0
        ? restReasons.map(reason => ({ label: `${statusLabels.rest}: ${reason}`, status: 'rest' as const, reason,
          apply: () => this.actions.setStatus('rest', reason) }))
        : [{ label: statusLabels.rest, status: 'rest' as const, reason: null, apply: () => this.actions.setStatus('rest') }]),
      { label: statusLabels.offline, status: 'offline', reason: null, apply: () => this.actions.offline() },
    ];
    this.buttons = choices.map(choice => {
      const button = el('button', { type: 'button', 'data-status': choice.status }, choice.label);
      if (choice.reason !== null) button.dataset.reason = choice.reason;
      button.addEventListener('click', () => this.choose(choice));
      return { button, choice };
    });
    this.switcher.replaceChildren(...this.buttons.map(b => b.button));
  }

  /** From offline, "Free" means coming online; from any other state it is a status change. */
  private goFree(): Promise<TcccSdk.SuccessResponse> {
    return this.status === 'offline' ? this.actions.online() : this.actions.setStatus('free');
  }

  private choose(choice: Choice): void {
    this.error.hidden = true;
    choice.apply().catch((failure: { errorMsg?: string }) => {
      setText(this.error, failure?.errorMsg ?? 'The status could not be changed.');
      this.error.hidden = false;
    });
  }
}
