import { attachmentUrl, uploadAttachment } from './chat-http';
import { ChatPanel } from './chat-panel';
import type { VisitorDetails, WidgetConfig } from './config';
import { SavedStateStore, type PendingMessage } from './saved-state';
import { VisitorConnection } from './visitor-connection';
import { VisitorIdentity } from './visitor-identity';
import { ChatHttpError, type ChatMessage, type ChatSession, type HubAnswer, type SatisfactionChoice } from './wire';

/** Messages answered per Messages call by the server; fewer means the catch-up is complete. */
const pageSize = 200;
/** Typing notices are repeated at most this often while the visitor types, and "stopped" follows this long after. */
const typingRepeatMs = 3000;
const typingIdleMs = 4000;

function newClientMessageId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return 'c-' + Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The visitor's chat: signs in, connects, starts or finds the session, keeps the transcript without duplicates
 * (messages by id; the visitor's own by client id until stored) and resends what was not acknowledged.
 */
export class ChatWidget {
  private readonly saved: SavedStateStore;
  private readonly identity: VisitorIdentity;
  private readonly panel: ChatPanel;
  private readonly connection: VisitorConnection;
  private session?: ChatSession;
  private lastId = 0;
  private typingSentAt = 0;
  private typingStop?: number;
  private readonly attachmentUrls = new Map<string, Promise<string>>();
  private connecting?: Promise<void>;
  private choices?: SatisfactionChoice[];
  private askedFor?: string;

  constructor(private readonly config: WidgetConfig, host: HTMLElement) {
    this.saved = new SavedStateStore(config.appId);
    this.identity = new VisitorIdentity(config, this.saved);
    this.panel = new ChatPanel(host, config.fullPage, {
      opened: () => { this.saved.update(s => { s.panelOpen = true; }); void this.begin(); },
      send: text => this.send('text', text),
      typing: () => this.typing(),
      upload: file => void this.upload(file),
      startNew: () => void this.startNew(),
      rate: satisfactionId => void this.rate(satisfactionId),
      showPast: sessionId => void this.showPast(sessionId),
      openAttachment: (message, target) => this.renderAttachment(message, target),
    });
    this.connection = new VisitorConnection(config.base, renew => this.token(renew), {
      connected: () => void this.resync(),
      disconnected: () => this.panel.setOnline(false),
      session: session => this.onSession(session, true),
      message: message => this.onMessage(message),
      typing: (sessionId, typing) => { if (sessionId === this.session?.sessionId) this.panel.agentTyping(typing); },
    });
    this.panel.setStatus('Chat with us: we usually answer within minutes.');
  }

  /** Restores the panel after a reload; the hosted page opens at once. */
  boot(): void {
    const saved = this.saved.load();
    if (this.config.fullPage || saved.panelOpen) this.panel.show(true);
    else if (saved.sessionId && saved.identity) void this.connect();
  }

  open(): void {
    this.panel.show(true);
  }

  close(): void {
    this.panel.show(false);
    this.saved.update(s => { s.panelOpen = false; });
  }

  async setVisitor(details: VisitorDetails): Promise<void> {
    const userChanged = (details.userId !== undefined && details.userId !== this.config.userId)
      || (details.userSig !== undefined && details.userSig !== this.config.userSig);
    Object.assign(this.config, details);
    if (!userChanged) return;
    this.session = undefined;
    this.lastId = 0;
    this.panel.clearMessages();
    await this.identity.signIn();
    await this.connection.restart();
  }

  /** The token for the hub; a refused sign-in (a wrong data-app-id, an expired UserSig) is shown, not just retried. */
  private async token(renew: boolean): Promise<string> {
    try {
      return await this.identity.token(renew);
    } catch (e) {
      if (e instanceof ChatHttpError && e.status >= 400 && e.status < 500 && e.status !== 429) {
        this.panel.setStatus('The chat is not available.');
        this.panel.showError(e.message);
        console.error(`Switchboard chat: ${e.message}`);
      }
      throw e;
    }
  }

  private connect(): Promise<void> {
    this.connecting ??= this.connection.start();
    return this.connecting;
  }

  /** The panel opened: connect, then continue the saved session or start one. */
  private async begin(): Promise<void> {
    // A connection that opens now catches up by itself (connected → resync); an open one does it here.
    if (this.connection.isConnected) await this.resync();
    else {
      this.panel.setStatus('Connecting…');
      await this.connect();
    }
  }

  private async resync(): Promise<void> {
    this.panel.setOnline(true);
    const savedSession = this.session?.sessionId ?? this.saved.load().sessionId;
    if (savedSession && await this.catchUp(savedSession)) {
      await this.resendPending();
    } else if (this.panel.isOpen && !this.session) {
      await this.start();
    }
    if (this.identity.answer?.verified) void this.loadHistory();
  }

  private async start(): Promise<void> {
    const answer = await this.connection.invoke('Start', {
      skillGroupId: this.config.skillGroupId,
      nickname: this.config.nickname ?? null,
      avatar: this.config.avatar ?? null,
      clientData: this.config.clientData ?? null,
      channel: this.config.channel ?? null,
    });
    if (answer.session) this.onSession(answer.session, false);
    if (!answer.ok) this.panel.showError(answer.message);
  }

  private async startNew(): Promise<void> {
    this.session = undefined;
    this.lastId = 0;
    this.panel.clearMessages();
    this.panel.setEnded(false);
    this.saved.update(s => { s.sessionId = undefined; s.pending = []; });
    await this.start();
    // The chat that just ended is one of the past ones now.
    if (this.identity.answer?.verified) await this.loadHistory();
  }

  /** Loads what was missed in the session; false when it is not (or no longer) the visitor's. */
  private async catchUp(sessionId: string): Promise<boolean> {
    for (;;) {
      const answer = await this.connection.invoke('Messages', { sessionId, afterId: sessionId === this.session?.sessionId ? this.lastId : 0 });
      if (!answer.ok || !answer.session) {
        if (answer.code !== 'offline') this.saved.update(s => { s.sessionId = undefined; s.pending = []; });
        return false;
      }
      this.onSession(answer.session, false);
      for (const message of answer.messages ?? []) this.onMessage(message);
      if ((answer.messages?.length ?? 0) < pageSize) return true;
    }
  }

  private onSession(session: ChatSession, live: boolean): void {
    const current = this.session;
    if (current && current.sessionId !== session.sessionId) {
      // Another tab started a new chat after this one ended; an older session's news is not this one's.
      if (current.state !== 'ended' || session.createdAtMs < current.createdAtMs) return;
      this.panel.clearMessages();
      this.lastId = 0;
    }
    const joined = live && session.state === 'serving' && session.agentName
      && (current?.state !== 'serving' || current.agentName !== session.agentName);
    this.session = session;
    this.saved.update(s => { s.sessionId = session.sessionId; });
    this.panel.setStatus(this.describe(session));
    this.panel.setEnded(session.state === 'ended');
    if (joined) this.panel.notice(`${session.agentName} joined the chat`);
    if (session.state === 'ended') this.saved.update(s => { s.pending = s.pending.filter(p => p.sessionId !== session.sessionId); });
    if (session.state === 'ended') void this.askRating(session);
    if (!current || current.sessionId !== session.sessionId) {
      this.panel.showError(undefined);
      if (live) void this.catchUp(session.sessionId);
    }
  }

  /** After a served chat ends, once per page and never again for a session this browser rated. */
  private async askRating(session: ChatSession): Promise<void> {
    if (session.acceptedAtMs === null || this.askedFor === session.sessionId) return;
    if (this.saved.load().ratedSessionId === session.sessionId) return;
    this.askedFor = session.sessionId;
    if (!this.choices) {
      const answer = await this.connection.invoke('SatisfactionChoices');
      // Offline now: the next catch-up (which sees the ended session again) asks again.
      if (!answer.ok) { this.askedFor = undefined; return; }
      this.choices = answer.choices ?? [];
    }
    if (this.session?.sessionId === session.sessionId) this.panel.askRating(this.choices);
  }

  private async rate(satisfactionId: number): Promise<void> {
    const session = this.session;
    if (!session) return;
    const answer = await this.connection.invoke('Rate', { sessionId: session.sessionId, satisfactionId });
    if (answer.ok || answer.code === 'alreadyRated') {
      this.saved.update(s => { s.ratedSessionId = session.sessionId; });
      this.panel.ratingDone('Thank you for your feedback.');
    } else if (answer.code === 'offline') {
      this.panel.askRating(this.choices ?? []); // let the visitor try again once reconnected
      this.panel.showError(answer.message);
    } else {
      this.panel.ratingDone(answer.code === 'ratingClosed' ? undefined : answer.message);
    }
  }

  private describe(session: ChatSession): string {
    switch (session.state) {
      case 'queued': return session.queuePosition ? `You are number ${session.queuePosition} in the queue` : 'Waiting for an agent…';
      case 'ringing': return 'Connecting you to an agent…';
      case 'serving': return `You are chatting with ${session.agentName ?? 'an agent'}`;
      default: return 'The chat has ended.';
    }
  }

  private onMessage(message: ChatMessage): void {
    if (message.sessionId !== this.session?.sessionId) return;
    this.lastId = Math.max(this.lastId, message.id);
    if (message.clientMessageId) {
      const id = message.clientMessageId;
      this.saved.update(s => { s.pending = s.pending.filter(p => p.clientMessageId !== id); });
    }
    this.panel.message(message);
  }

  private send(type: PendingMessage['type'], content: string): void {
    const session = this.session;
    if (!session || session.state === 'ended') {
      this.panel.showError('The chat has not started yet; wait a moment and send again.');
      return;
    }
    const pending: PendingMessage = { clientMessageId: newClientMessageId(), sessionId: session.sessionId, type, content };
    this.saved.update(s => { s.pending.push(pending); });
    this.panel.message(this.asMessage(pending), 'pending');
    void this.deliver(pending);
  }

  private async deliver(pending: PendingMessage): Promise<void> {
    const answer: HubAnswer = await this.connection.invoke('Send', {
      sessionId: pending.sessionId, type: pending.type, content: pending.content, clientMessageId: pending.clientMessageId,
    });
    if (answer.ok && answer.chatMessage) {
      this.onMessage(answer.chatMessage);
      return;
    }
    // Offline: it stays pending and goes out again after the reconnect.
    if (answer.code === 'offline') return;
    this.saved.update(s => { s.pending = s.pending.filter(p => p.clientMessageId !== pending.clientMessageId); });
    this.panel.message(this.asMessage(pending), 'failed');
    this.panel.showError(answer.message ?? 'The message was not sent.');
  }

  private async resendPending(): Promise<void> {
    const sessionId = this.session?.sessionId;
    for (const pending of this.saved.load().pending.filter(p => p.sessionId === sessionId)) {
      this.panel.message(this.asMessage(pending), 'pending');
      await this.deliver(pending);
    }
  }

  private asMessage(pending: PendingMessage): ChatMessage {
    return {
      id: 0, sessionId: pending.sessionId, timestampMs: Date.now(), senderRole: 'visitor', sender: '', type: pending.type,
      content: pending.type === 'text' ? pending.content : '', clientMessageId: pending.clientMessageId, attachment: null,
    };
  }

  private typing(): void {
    const session = this.session;
    if (!session || session.state === 'ended') return;
    const now = Date.now();
    if (now - this.typingSentAt > typingRepeatMs) {
      this.typingSentAt = now;
      void this.connection.invoke('Typing', { sessionId: session.sessionId, typing: true });
    }
    window.clearTimeout(this.typingStop);
    this.typingStop = window.setTimeout(() => {
      this.typingSentAt = 0;
      void this.connection.invoke('Typing', { sessionId: session.sessionId, typing: false });
    }, typingIdleMs);
  }

  private async upload(file: File): Promise<void> {
    const session = this.session;
    if (!session || session.state === 'ended') return;
    this.panel.showError(undefined);
    this.panel.uploading(file.name, 0);
    try {
      const token = await this.identity.token();
      const attachment = await uploadAttachment(this.config.base, token, session.sessionId, file, fraction => this.panel.uploading(file.name, fraction));
      this.send(attachment.isImage ? 'image' : 'file', attachment.id);
    } catch (e) {
      this.panel.showError(e instanceof Error ? e.message : 'The upload failed.');
    } finally {
      this.panel.uploading(undefined);
    }
  }

  private renderAttachment(message: ChatMessage, target: HTMLElement): void {
    const attachment = message.attachment!;
    const url = () => {
      let loading = this.attachmentUrls.get(attachment.id);
      if (!loading) {
        loading = this.identity.token().then(token => attachmentUrl(this.config.base, token, attachment.id));
        loading.catch(() => this.attachmentUrls.delete(attachment.id));
        this.attachmentUrls.set(attachment.id, loading);
      }
      return loading;
    };
    if (attachment.isImage) {
      const image = document.createElement('img');
      image.alt = attachment.fileName;
      target.append(image);
      url().then(src => { image.src = src; }, () => { image.replaceWith(document.createTextNode(`${attachment.fileName} (could not be loaded)`)); });
      return;
    }
    const link = document.createElement('a');
    link.textContent = `${attachment.fileName} (${Math.max(1, Math.round(attachment.size / 1024))} KB)`;
    link.href = '#';
    link.addEventListener('click', event => {
      event.preventDefault();
      url().then(href => {
        const download = document.createElement('a');
        download.href = href;
        download.download = attachment.fileName;
        download.click();
      }, e => this.panel.showError(e instanceof Error ? e.message : 'The file could not be downloaded.'));
    });
    target.append(link);
  }

  private async loadHistory(): Promise<void> {
    const answer = await this.connection.invoke('History');
    if (answer.ok) this.panel.setHistory((answer.sessions ?? []).filter(s => s.sessionId !== this.session?.sessionId));
  }

  private async showPast(sessionId: string): Promise<void> {
    const answer = await this.connection.invoke('Messages', { sessionId, afterId: 0 });
    if (!answer.ok || !answer.session) {
      this.panel.showError(answer.message);
      return;
    }
    this.panel.clearMessages();
    this.panel.notice(`Conversation of ${new Date(answer.session.createdAtMs).toLocaleString()}`);
    for (const message of answer.messages ?? []) this.panel.message(message);
    this.panel.notice('End of the past conversation');
    const current = this.session;
    if (current) {
      this.lastId = 0;
      await this.catchUp(current.sessionId);
    }
  }
}
