import { el } from '../workstation/dom';
import { emoji } from './emoji';
import { widgetStyles } from './styles';
import type { ChatMessage, ChatSession, SatisfactionChoice } from './wire';

/** What the panel asks of the controller when the visitor acts. */
export interface PanelActions {
  opened(): void;
  send(text: string): void;
  typing(): void;
  upload(file: File): void;
  startNew(): void;
  rate(satisfactionId: number): void;
  showPast(sessionId: string): void;
  openAttachment(message: ChatMessage, target: HTMLElement): void;
}

/**
 * The widget's DOM inside a shadow root. Everything that comes from people (messages, names, file names) is set as
 * text, never parsed as HTML.
 */
export class ChatPanel {
  readonly root: ShadowRoot;
  private readonly panel: HTMLElement;
  private readonly status = el('div', { class: 'status', part: 'status' });
  private readonly offline = el('div', { class: 'offline' }, 'Reconnecting…');
  private readonly history = el('details', { class: 'history' });
  private readonly historyList = el('ul');
  private readonly messages = el('div', { class: 'messages', role: 'log', 'aria-live': 'polite' });
  private readonly typingLine = el('div', { class: 'typing' });
  private readonly upload = el('div', { class: 'upload' });
  private readonly uploadText = el('div');
  private readonly uploadBar = el('progress', { max: '1', value: '0' });
  private readonly error = el('div', { class: 'error', role: 'alert' });
  private readonly input = el('textarea', { placeholder: 'Type a message…', 'aria-label': 'Message', maxlength: '4000' });
  private readonly sendButton = el('button', { class: 'send', type: 'button' }, 'Send');
  private readonly emojiButton = el('button', { type: 'button', 'aria-label': 'Emoji', title: 'Emoji' }, '😊');
  private readonly attachButton = el('button', { type: 'button', 'aria-label': 'Send a file or image', title: 'Send a file or image' }, '📎');
  private readonly fileInput = el('input', { type: 'file', accept: 'image/png,image/jpeg,image/gif,image/webp,application/pdf,application/zip,text/plain,.txt,.pdf,.zip' });
  private readonly emojiGrid = el('div', { class: 'emoji' });
  private readonly ended = el('div', { class: 'ended' });
  private readonly rating = el('div', { class: 'rating', role: 'group', 'aria-label': 'Rate this chat' });
  private readonly composer: HTMLElement;
  private readonly rendered = new Map<string, HTMLElement>();
  private typingTimer?: number;

  constructor(host: HTMLElement, private readonly fullPage: boolean, private readonly actions: PanelActions) {
    this.root = host.attachShadow({ mode: 'open' });
    this.root.append(el('style', {}, widgetStyles));
    const close = el('button', { class: 'close', type: 'button', 'aria-label': 'Close chat' }, '✕');
    close.addEventListener('click', () => this.show(false));
    this.history.append(el('summary', {}, 'Past conversations'), this.historyList);
    this.history.hidden = true;
    this.upload.append(this.uploadText, this.uploadBar);
    this.upload.hidden = true;
    this.error.hidden = true;
    this.offline.hidden = true;
    this.emojiGrid.hidden = true;
    for (const symbol of emoji) {
      const button = el('button', { type: 'button' }, symbol);
      button.addEventListener('click', () => this.insert(symbol));
      this.emojiGrid.append(button);
    }
    const startNew = el('button', { type: 'button' }, 'Start a new chat');
    startNew.addEventListener('click', () => actions.startNew());
    this.rating.hidden = true;
    this.ended.append(el('div', {}, 'The chat has ended.'), this.rating, startNew);
    this.ended.hidden = true;
    this.composer = el('div', { class: 'composer' }, this.emojiButton, this.attachButton, this.input, this.sendButton, this.fileInput);
    this.panel = el('section', { class: fullPage ? 'panel full' : 'panel', 'aria-label': 'Chat' },
      el('div', { class: 'header' }, el('div', { class: 'title' }, 'Chat with us'), fullPage ? null : close),
      this.status, this.offline, this.history, this.messages, this.typingLine, this.upload, this.error,
      this.emojiGrid, this.composer, this.ended);
    // Hidden until boot shows it, so opening (also the full page's) always starts the chat.
    this.panel.hidden = true;
    this.root.append(this.panel);
    if (!fullPage) {
      const launcher = el('button', { class: 'launcher', type: 'button', 'aria-label': 'Open chat' }, '💬');
      launcher.addEventListener('click', () => this.show(this.panel.hidden === true));
      this.root.append(launcher);
    }
    this.wire();
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  show(open: boolean): void {
    if (this.fullPage) open = true;
    const wasOpen = !this.panel.hidden;
    this.panel.hidden = !open;
    if (open && !wasOpen) this.actions.opened();
    if (open) this.input.focus();
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  setOnline(online: boolean): void {
    this.offline.hidden = online;
  }

  setEnded(ended: boolean): void {
    this.ended.hidden = !ended;
    if (!ended) this.rating.hidden = true;
    this.composer.hidden = ended;
    this.emojiGrid.hidden = true;
    if (ended) this.agentTyping(false);
  }

  /** Asks "how was your chat?" with one button per answer; no answers hides the question. */
  askRating(choices: SatisfactionChoice[]): void {
    this.rating.replaceChildren(el('div', {}, 'How was your chat?'));
    for (const choice of choices) {
      const button = el('button', { type: 'button', class: 'choice', 'data-satisfaction-id': String(choice.id) }, choice.label);
      button.addEventListener('click', () => {
        for (const other of this.rating.querySelectorAll('button')) other.disabled = true;
        this.actions.rate(choice.id);
      });
      this.rating.append(button);
    }
    this.rating.hidden = choices.length === 0;
  }

  /** Replaces the question with a line of text (thanks, or why the rating was not taken); undefined hides it. */
  ratingDone(text: string | undefined): void {
    if (text === undefined) {
      this.rating.hidden = true;
      return;
    }
    this.rating.replaceChildren(el('div', { class: 'rated' }, text));
    this.rating.hidden = false;
  }

  showError(text: string | undefined): void {
    this.error.hidden = !text;
    this.error.textContent = text ?? '';
  }

  uploading(fileName: string | undefined, fraction = 0): void {
    this.upload.hidden = fileName === undefined;
    this.uploadText.textContent = fileName === undefined ? '' : `Uploading ${fileName}…`;
    this.uploadBar.value = fraction;
  }

  clearMessages(): void {
    this.messages.replaceChildren();
    this.rendered.clear();
  }

  notice(text: string): void {
    this.messages.append(el('div', { class: 'notice' }, text));
    this.scrollDown();
  }

  /** Shows a message once: a stored one replaces the pending copy with the same client id. */
  message(message: ChatMessage, state: 'stored' | 'pending' | 'failed' = 'stored'): void {
    const key = state === 'stored' ? `id:${message.id}` : `client:${message.clientMessageId}`;
    const pendingKey = message.clientMessageId ? `client:${message.clientMessageId}` : undefined;
    if (state === 'stored' && this.rendered.has(key)) return;
    const element = this.build(message, state);
    const previous = this.rendered.get(key) ?? (state === 'stored' && pendingKey ? this.rendered.get(pendingKey) : undefined);
    if (previous) previous.replaceWith(element);
    else this.messages.append(element);
    if (state === 'stored' && pendingKey) this.rendered.delete(pendingKey);
    this.rendered.set(key, element);
    this.scrollDown();
  }

  agentTyping(typing: boolean): void {
    window.clearTimeout(this.typingTimer);
    this.typingLine.textContent = typing ? 'The agent is typing…' : '';
    // A lost "stopped typing" must not leave the line forever.
    if (typing) this.typingTimer = window.setTimeout(() => { this.typingLine.textContent = ''; }, 8000);
  }

  setHistory(sessions: ChatSession[]): void {
    this.historyList.replaceChildren(...sessions.map(session => {
      const button = el('button', { type: 'button' },
        `${new Date(session.createdAtMs).toLocaleString()}${session.agentName ? ` · ${session.agentName}` : ''}`);
      button.addEventListener('click', () => this.actions.showPast(session.sessionId));
      return el('li', {}, button);
    }));
    this.history.hidden = sessions.length === 0;
  }

  private build(message: ChatMessage, state: 'stored' | 'pending' | 'failed'): HTMLElement {
    if (message.type === 'event' || message.senderRole === 'system') return el('div', { class: 'notice' }, message.content);
    const classes = ['message', message.senderRole === 'visitor' ? 'visitor' : 'agent'];
    if (state !== 'stored') classes.push(state);
    const element = el('div', { class: classes.join(' '), 'data-message-id': String(message.id) });
    if (message.type === 'text') element.textContent = message.content;
    else if (message.attachment) this.actions.openAttachment(message, element);
    else element.textContent = state === 'stored' ? 'Attachment' : 'Sending attachment…';
    return element;
  }

  private insert(text: string): void {
    const start = this.input.selectionStart ?? this.input.value.length;
    const end = this.input.selectionEnd ?? start;
    this.input.value = this.input.value.slice(0, start) + text + this.input.value.slice(end);
    this.input.selectionStart = this.input.selectionEnd = start + text.length;
    this.input.focus();
  }

  private submit(): void {
    const text = this.input.value;
    if (!text.trim()) return;
    this.input.value = '';
    this.emojiGrid.hidden = true;
    this.actions.send(text);
  }

  private scrollDown(): void {
    this.messages.scrollTop = this.messages.scrollHeight;
  }

  private wire(): void {
    this.sendButton.addEventListener('click', () => this.submit());
    this.input.addEventListener('keydown', event => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submit();
      }
    });
    this.input.addEventListener('input', () => this.actions.typing());
    this.emojiButton.addEventListener('click', () => { this.emojiGrid.hidden = !this.emojiGrid.hidden; });
    this.attachButton.addEventListener('click', () => this.fileInput.click());
    this.fileInput.addEventListener('change', () => {
      const file = this.fileInput.files?.[0];
      this.fileInput.value = '';
      if (file) this.actions.upload(file);
    });
  }
}
