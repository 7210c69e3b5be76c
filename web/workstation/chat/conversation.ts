import type { ChatAttachments } from '../../sdk/chat/chat-attachments';
import type { ChatDesk, ChatThread } from '../../sdk/chat/chat-desk';
import { el, setText } from '../dom';
import { closeByLabels, emoji, threadStateLabels } from './chat-labels';
import { messageView } from './message-view';
import { TransferForm } from './transfer-form';

/** What the conversation asks of `tccc.Chat` (through the SDK's own promises). */
export interface ChatActions {
  accept(sessionId: string): Promise<unknown>;
  end(sessionId: string): Promise<unknown>;
  transfer(options: { sessionId: string; skillGroupId?: string; userId?: string }): Promise<unknown>;
}

/**
 * The open chat: who the visitor is, the actions its state allows (accept, transfer, end, complete), the
 * message log (a live `log`), the visitor's typing, and a composer for text, emoji and attachments.
 */
export class Conversation {
  readonly element: HTMLElement;
  private readonly title = el('h2', { class: 'conv-title', id: 'conv-title' });
  private readonly details = el('p', { class: 'conv-details' });
  private readonly acceptButton = el('button', { type: 'button', class: 'accept' }, 'Accept');
  private readonly transferButton = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'transfer-form' }, 'Transfer…');
  private readonly endButton = el('button', { type: 'button', class: 'end' }, 'End chat');
  private readonly completeButton = el('button', { type: 'button', class: 'complete' }, 'Complete');
  private readonly transferForm: TransferForm;
  private readonly log = el('ol', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-labelledby': 'conv-title' });
  private readonly typing = el('p', { class: 'typing', role: 'status', 'aria-live': 'polite' });
  private readonly notice = el('p', { class: 'conv-notice' });
  private readonly error = el('p', { class: 'chat-error', role: 'alert' });
  private readonly composer = el('form', { class: 'composer', 'aria-label': 'Reply' });
  private readonly input = el('textarea', { rows: '2', maxlength: '4000', 'aria-label': 'Message' });
  private readonly emojiButton = el('button', { type: 'button', class: 'icon', 'aria-label': 'Insert emoji', 'aria-expanded': 'false', 'aria-controls': 'emoji-grid' }, 'Emoji');
  private readonly emojiGrid = el('div', { class: 'emoji', id: 'emoji-grid', role: 'group', 'aria-label': 'Emoji' });
  private readonly fileInput = el('input', { type: 'file', class: 'file-input', tabindex: '-1', 'aria-hidden': 'true' });
  private readonly attachButton = el('button', { type: 'button', class: 'icon', 'aria-label': 'Attach a file or image' }, 'Attach');
  private readonly sendButton = el('button', { type: 'submit', class: 'send' }, 'Send');
  private readonly rendered = new Map<number, HTMLLIElement>();
  private thread: ChatThread | null = null;
  private draftId: string | null = null;

  constructor(
    private readonly desk: ChatDesk,
    private readonly actions: ChatActions,
    private readonly attachments: ChatAttachments,
    private readonly ownUserId: () => string,
  ) {
    this.error.hidden = true;
    this.emojiGrid.hidden = true;
    this.transferForm = new TransferForm(desk,
      choice => this.run(sessionId => this.actions.transfer({ sessionId, ...choice }).then(() => this.transferForm.close())),
      returnFocus => {
        this.transferButton.setAttribute('aria-expanded', 'false');
        if (returnFocus) this.transferButton.focus();
      });
    for (const [symbol, name] of emoji) {
      const button = el('button', { type: 'button', 'aria-label': name }, symbol);
      button.addEventListener('click', () => this.insert(symbol));
      this.emojiGrid.append(button);
    }
    this.composer.append(this.input, el('div', { class: 'composer-tools' }, this.emojiButton, this.attachButton, this.fileInput, this.sendButton), this.emojiGrid);
    this.element = el('section', { class: 'conversation', 'aria-labelledby': 'conv-title' },
      el('div', { class: 'conv-head' }, el('div', { class: 'conv-who' }, this.title, this.details),
        el('div', { class: 'conv-actions' }, this.acceptButton, this.transferButton, this.endButton, this.completeButton)),
      this.transferForm.element, this.log, this.typing, this.notice, this.error, this.composer);
    this.wire();
  }

  render(thread: ChatThread | null): void {
    const switched = thread?.sessionId !== this.thread?.sessionId;
    this.thread = thread;
    this.element.hidden = !thread;
    if (!thread) return;
    if (switched) {
      this.log.replaceChildren();
      this.rendered.clear();
      this.transferForm.close();
      this.error.hidden = true;
      this.input.value = '';
      this.draftId = null;
    }
    const name = thread.nickname || 'Visitor';
    setText(this.title, `Chat with ${name}`);
    setText(this.details, [threadStateLabels[thread.state], thread.peerSource, thread.channelName, thread.clientData]
      .filter(Boolean).join(' · '));
    this.acceptButton.hidden = thread.state !== 'ringing';
    this.transferButton.hidden = thread.state !== 'serving';
    if (thread.state !== 'serving') this.transferForm.close();
    this.endButton.hidden = thread.state === 'ended';
    this.completeButton.hidden = thread.state !== 'ended';
    const open = thread.state === 'serving';
    for (const control of [this.input, this.emojiButton, this.attachButton, this.sendButton]) control.disabled = !open;
    this.input.setAttribute('aria-label', `Message to ${name}`);
    setText(this.typing, thread.visitorTyping ? `${name} is typing…` : '');
    setText(this.notice, thread.state === 'ended' ? closeByLabels[thread.closeBy ?? ''] ?? 'The chat ended.'
      : thread.state === 'ringing' ? 'Accept the chat to reply.' : '');

    const nearBottom = this.log.scrollHeight - this.log.scrollTop - this.log.clientHeight < 40;
    let added = false;
    thread.messages.forEach((message, index) => {
      let item = this.rendered.get(message.id);
      if (!item) {
        item = messageView(message, name, this.ownUserId(), this.attachments);
        this.rendered.set(message.id, item);
        added = true;
      }
      if (this.log.children[index] !== item) this.log.insertBefore(item, this.log.children[index] ?? null);
    });
    if (added && (nearBottom || switched)) this.log.scrollTop = this.log.scrollHeight;
  }

  private wire(): void {
    this.acceptButton.addEventListener('click', () => this.run(id => this.actions.accept(id)));
    this.endButton.addEventListener('click', () => this.run(id => this.actions.end(id)));
    this.completeButton.addEventListener('click', () => this.run(id => this.desk.complete(id).then(error => { if (error) throw { errorMsg: error }; })));
    this.transferButton.addEventListener('click', () => {
      if (this.transferForm.isOpen) {
        this.transferForm.close(true);
        return;
      }
      this.transferButton.setAttribute('aria-expanded', 'true');
      this.transferForm.open();
    });
    this.emojiButton.addEventListener('click', () => {
      this.emojiGrid.hidden = !this.emojiGrid.hidden;
      this.emojiButton.setAttribute('aria-expanded', String(!this.emojiGrid.hidden));
    });
    this.attachButton.addEventListener('click', () => this.fileInput.click());
    this.fileInput.addEventListener('change', () => {
      const file = this.fileInput.files?.[0];
      this.fileInput.value = '';
      if (file) void this.upload(file);
    });
    this.input.addEventListener('input', () => {
      this.draftId = null;
      if (this.thread && this.input.value) this.desk.typing(this.thread.sessionId);
    });
    this.input.addEventListener('keydown', event => {
      // Enter sends, Shift+Enter starts a new line (as in most chat tools).
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.composer.requestSubmit();
      }
    });
    this.composer.addEventListener('submit', event => {
      event.preventDefault();
      void this.sendText();
    });
  }

  private insert(symbol: string): void {
    const { selectionStart, selectionEnd, value } = this.input;
    this.input.value = value.slice(0, selectionStart) + symbol + value.slice(selectionEnd);
    this.input.selectionStart = this.input.selectionEnd = selectionStart + symbol.length;
    this.draftId = null;
    this.input.focus();
  }

  private async sendText(): Promise<void> {
    const thread = this.thread;
    const text = this.input.value.trim();
    if (!thread || !text) return;
    // A resend of the same draft (after a failure) keeps its id, so the server stores it once.
    this.draftId ??= newMessageId();
    this.sendButton.disabled = true;
    const error = await this.desk.send(thread.sessionId, 'text', text, this.draftId);
    this.sendButton.disabled = thread.state !== 'serving';
    this.showError(error);
    if (!error && this.thread === thread) {
      this.input.value = '';
      this.draftId = null;
    }
  }

  private async upload(file: File): Promise<void> {
    const thread = this.thread;
    if (!thread) return;
    setText(this.notice, `Uploading ${file.name}…`);
    try {
      const attachment = await this.attachments.upload(thread.sessionId, file);
      const error = await this.desk.send(thread.sessionId, attachment.isImage ? 'image' : 'file', attachment.id, newMessageId());
      this.showError(error);
    } catch (error) {
      this.showError(`${file.name} could not be sent: ${(error as Error).message}`);
    }
    setText(this.notice, '');
  }

  private run(action: (sessionId: string) => Promise<unknown>): void {
    const thread = this.thread;
    if (!thread) return;
    this.showError(null);
    action(thread.sessionId).catch((failure: { errorMsg?: string }) => this.showError(failure?.errorMsg ?? 'The request failed.'));
  }

  private showError(message: string | null): void {
    this.error.hidden = !message;
    setText(this.error, message ?? '');
  }
}

function newMessageId(): string {
  return `w-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
