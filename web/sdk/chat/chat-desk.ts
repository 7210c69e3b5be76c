import type { AgentConnection } from '../agent-connection';
import type { AgentEvents } from '../agent-events';
import type { AgentModel } from '../agent-model';
import { failure, success } from '../responses';
import {
  type ChatHubResult, type MessageWire, type SessionWire, type TransferGroup, type TransferTargets,
  callInOf, readList, readMessage, readSession, readTransferTargets, record, sessionIdOf, text,
} from './chat-wire';

/** Where a chat is for this agent. */
export type ThreadState = 'ringing' | 'serving' | 'ended';

/** One chat the agent holds, as the workstation shows it. */
export interface ChatThread {
  sessionId: string;
  state: ThreadState;
  nickname: string;
  avatar: string | null;
  clientData: string | null;
  peerSource: string | null;
  channelName: string | null;
  remark: string | null;
  /** When the offer rings out (Unix ms, by this page's clock), or null when it does not. */
  ringsUntil: number | null;
  /** Oldest first, each id once. */
  messages: MessageWire[];
  unread: number;
  visitorTyping: boolean;
  closeBy: string | null;
}

export interface ChatView {
  threads: ChatThread[];
  selected: string | null;
}

/** What the desk needs from the SDK's connection owner. */
export interface ChatHubAccess {
  onConnection(use: (connection: AgentConnection) => void): void;
  /** The live connection for a call made as `tccc.${member}`, or why there is none. */
  hub(member: string): AgentConnection | string;
}

type Listener = (view: ChatView) => void;

/** Page size of the hub's ChatMessages: a full page means there may be more. */
const messagesPage = 200;
/** The visitor's "typing" fades if its end never arrives (a dropped tab). */
const typingFadeMs = 10_000;
/** While the agent types, "typing" is repeated at most this often, and ended after as long a pause. */
const typingEveryMs = 3_000;

/**
 * The agent's side of online chat inside the SDK: `tccc.Chat.accept/end/transfer`, the TCCC events of chat
 * sessions, and for the workstation only (TCCC exposes no message API) the conversations, sending, typing and
 * completing. After every (re)connection the held sessions are fetched again and each conversation catches up
 * from the last message it has, so a reload or a network drop loses nothing.
 */
export class ChatDesk {
  private readonly threads = new Map<string, ChatThread>();
  private readonly typingFades = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners: Listener[] = [];
  private selected: string | null = null;
  private live = false;
  private synced = false;
  private syncing: Promise<void> | null = null;
  private ownTyping: { sessionId: string; sentAt: number; stop: ReturnType<typeof setTimeout> } | null = null;
  private skillGroups: TransferGroup[] = [];

  constructor(private readonly access: ChatHubAccess, model: AgentModel, private readonly events: AgentEvents) {
    access.onConnection(connection => this.listen(connection));
    model.subscribe(snapshot => {
      const live = snapshot.ready && snapshot.connection === 'connected';
      if (live && !this.live) void this.resync();
      this.live = live;
    });
  }

  get view(): ChatView {
    return { threads: [...this.threads.values()], selected: this.selected };
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
    listener(this.view);
  }

  // ---- tccc.Chat -------------------------------------------------------------------------------------------

  accept(options: unknown): Promise<TcccSdk.SuccessResponse> {
    const sessionId = sessionOption(options);
    if (!sessionId) return failure('tccc.Chat.accept needs { sessionId } from the callIn event.');
    return this.act('Chat.accept', 'ChatAccept', { sessionId }, result => {
      const session = readSession(result.session);
      if (session) this.upsert(session);
      this.select(sessionId);
    });
  }

  end(options: unknown): Promise<TcccSdk.SuccessResponse> {
    const sessionId = sessionOption(options);
    if (!sessionId) return failure('tccc.Chat.end needs { sessionId }.');
    return this.act('Chat.end', 'ChatEnd', { sessionId });
  }

  transfer(options: unknown): Promise<TcccSdk.SuccessResponse> {
    const sessionId = sessionOption(options);
    const given = record(options) ?? {};
    const group = given.skillGroupId;
    const user = given.userId;
    const hasGroup = group !== undefined && group !== null && group !== '';
    const hasUser = user !== undefined && user !== null && user !== '';
    if (!sessionId || hasGroup === hasUser) {
      return failure('tccc.Chat.transfer needs { sessionId } and exactly one of skillGroupId (a chat skill group) or userId (an agent).');
    }
    const argument: { sessionId: string; skillGroupId?: number; userId?: string } = { sessionId };
    if (hasGroup) {
      const id = typeof group === 'number' ? group : typeof group === 'string' && /^\d{1,15}$/.test(group) ? Number(group) : NaN;
      if (!Number.isSafeInteger(id) || id <= 0) return failure('tccc.Chat.transfer: skillGroupId must be a skill group id (digits).');
      argument.skillGroupId = id;
    } else {
      if (typeof user !== 'string') return failure('tccc.Chat.transfer: userId must be an agent account (a string).');
      argument.userId = user;
    }
    return this.act('Chat.transfer', 'ChatTransfer', argument);
  }

  // ---- tccc.Admin (legacy) ----------------------------------------------------------------------------------

  /**
   * `tccc.Admin.getSkillGroups()`: the application's online chat skill groups as last fetched, after every
   * (re)connection and whenever the transfer form opens; empty before the first answer.
   */
  skillGroupList(): TcccSdk.SkillGroupItem[] {
    return this.skillGroups.map(group => ({ skillGroupName: group.skillGroupName, skillGroupId: String(group.skillGroupId) }));
  }

  // ---- the workstation's own ---------------------------------------------------------------------------------

  /** Where a chat can be transferred now: the chat skill groups and the colleagues who take chats; or why not (a message). */
  async transferTargets(): Promise<TransferTargets | string> {
    const result = await this.call('Chat', 'ChatTransferTargets', {});
    if (typeof result === 'string') return result;
    const targets = readTransferTargets(result.transferTargets);
    if (!targets) return 'The server did not say where chats can be transferred; try again.';
    this.skillGroups = targets.skillGroups;
    return targets;
  }

  /** Opens a conversation: it is the one shown, so its messages are read. */
  select(sessionId: string | null): void {
    this.selected = sessionId !== null && this.threads.has(sessionId) ? sessionId : null;
    const thread = this.selected ? this.threads.get(this.selected) : undefined;
    if (thread) thread.unread = 0;
    this.changed();
  }

  /** Sends a message as the agent; resolves with an error message, or null once it is stored. */
  async send(sessionId: string, type: 'text' | 'image' | 'file', content: string, clientMessageId: string): Promise<string | null> {
    this.stopTyping();
    const result = await this.call('Chat', 'ChatSend', { sessionId, type, content, clientMessageId });
    if (typeof result === 'string') return result;
    const message = readMessage(result.chatMessage);
    if (message) this.add(message, false);
    return null;
  }

  /** The agent typed in the conversation: the visitor hears "typing" at most every few seconds, and its end after a pause. */
  typing(sessionId: string): void {
    if (this.ownTyping && this.ownTyping.sessionId !== sessionId) this.stopTyping();
    const previous = this.ownTyping;
    if (previous) clearTimeout(previous.stop);
    const now = Date.now();
    const repeat = !previous || now - previous.sentAt >= typingEveryMs;
    if (repeat) void this.call('Chat', 'ChatTyping', { sessionId, typing: true });
    this.ownTyping = { sessionId, sentAt: repeat ? now : previous.sentAt, stop: setTimeout(() => this.stopTyping(), typingEveryMs) };
  }

  /** Done with an ended chat: it leaves the list (and every tab's, through sessionCompleted). */
  async complete(sessionId: string): Promise<string | null> {
    const result = await this.call('Chat', 'ChatComplete', { sessionId });
    if (typeof result === 'string') return result;
    this.remove(sessionId);
    return null;
  }

  dispose(): void {
    this.listeners.length = 0;
    for (const fade of this.typingFades.values()) clearTimeout(fade);
    if (this.ownTyping) clearTimeout(this.ownTyping.stop);
  }

  // ---- the hub's messages -------------------------------------------------------------------------------------

  private listen(connection: AgentConnection): void {
    connection.on('callIn', argument => this.offered(argument));
    connection.on('autoTransfer', argument => this.gone(argument, 'autoTransfer'));
    connection.on('offerRevoked', argument => this.gone(argument, null));
    connection.on('userAccessed', argument => this.accessed(argument));
    connection.on('chatMessage', argument => {
      const message = readMessage(argument);
      if (message) this.add(message, true);
    });
    connection.on('chatTyping', argument => this.visitorTyping(sessionIdOf(argument), record(argument)?.typing === true));
    connection.on('transfer', argument => this.transferred(argument));
    connection.on('sessionEnded', argument => this.ended(argument));
    connection.on('sessionCompleted', argument => {
      const sessionId = sessionIdOf(argument);
      if (!sessionId) return;
      this.remove(sessionId);
      this.events.emit('sessionCompleted', { sessionId });
    });
  }

  private offered(argument: unknown): void {
    const r = record(argument);
    const sessionId = sessionIdOf(argument);
    if (!r || !sessionId || r.type !== 'im') return;
    const timeout = typeof r.timeout === 'number' && r.timeout > 0 ? r.timeout : 0;
    const known = this.threads.get(sessionId);
    if (known?.state === 'ringing') {
      // The page was already told of this offer (a live callIn crossing a resync's answer): one callIn per offer.
      known.ringsUntil = timeout > 0 ? Date.now() + timeout * 1000 : known.ringsUntil;
      this.changed();
      return;
    }
    const fields: TcccSdk.CallInFields = { sessionId, type: 'im', timeout, nickname: text(r.nickname) ?? '' };
    for (const key of ['avatar', 'remark', 'peerSource', 'channelName', 'clientData'] as const) {
      const value = text(r[key]);
      if (value !== null) fields[key] = value;
    }
    this.threads.set(sessionId, {
      sessionId, state: 'ringing', nickname: fields.nickname ?? '', avatar: text(r.avatar), clientData: text(r.clientData),
      peerSource: text(r.peerSource), channelName: text(r.channelName), remark: text(r.remark),
      ringsUntil: timeout > 0 ? Date.now() + timeout * 1000 : null, messages: [], unread: 0, visitorTyping: false, closeBy: null,
    });
    if (!this.selected) this.selected = sessionId;
    this.changed();
    this.events.emit('callIn', fields);
  }

  private gone(argument: unknown, event: 'autoTransfer' | null): void {
    const sessionId = sessionIdOf(argument);
    if (!sessionId) return;
    this.remove(sessionId);
    if (event) this.events.emit(event, { sessionId });
  }

  private accessed(argument: unknown): void {
    const sessionId = sessionIdOf(argument);
    if (!sessionId) return;
    const session = readSession(record(argument)?.session);
    if (session) this.upsert(session);
    const thread = this.threads.get(sessionId);
    if (thread) thread.state = 'serving';
    this.changed();
    this.events.emit('userAccessed', { sessionId });
    // What the visitor wrote while the session queued and rang (or before a transfer) is now the agent's to read.
    void this.catchUp(sessionId, false);
  }

  private transferred(argument: unknown): void {
    const sessionId = sessionIdOf(argument);
    if (!sessionId) return;
    const r = record(argument) ?? {};
    const fields: TcccSdk.TransferFields = { sessionId };
    const skillGroupId = text(r.skillGroupId);
    const userId = text(r.userId);
    if (skillGroupId) fields.skillGroupId = skillGroupId;
    if (userId) fields.userId = userId;
    this.remove(sessionId);
    this.events.emit('transfer', fields);
  }

  private ended(argument: unknown): void {
    const r = record(argument);
    const sessionId = sessionIdOf(argument);
    if (!r || !sessionId) return;
    const closeBy = text(r.closeBy) as TcccSdk.SessionEndedFields['closeBy'] | null;
    const thread = this.threads.get(sessionId);
    // A chat that ended while it rang was never this agent's: there is nothing to complete.
    if (thread?.state === 'ringing') this.remove(sessionId);
    else if (thread) {
      thread.state = 'ended';
      thread.closeBy = closeBy;
      thread.visitorTyping = false;
      thread.ringsUntil = null;
      this.changed();
    }
    this.events.emit('sessionEnded', { sessionId, type: 'im', duration: Number(r.duration) || 0, closeBy: closeBy ?? 'admin' });
  }

  private visitorTyping(sessionId: string | null, typing: boolean): void {
    const thread = sessionId ? this.threads.get(sessionId) : undefined;
    if (!thread || !sessionId) return;
    clearTimeout(this.typingFades.get(sessionId));
    if (typing) this.typingFades.set(sessionId, setTimeout(() => this.visitorTyping(sessionId, false), typingFadeMs));
    if (thread.visitorTyping === typing) return;
    thread.visitorTyping = typing;
    this.changed();
  }

  // ---- state ------------------------------------------------------------------------------------------------

  private add(message: MessageWire, live: boolean): void {
    const thread = this.threads.get(message.sessionId);
    if (!thread || thread.messages.some(m => m.id === message.id)) return;
    const list = thread.messages;
    let at = list.length;
    while (at > 0 && list[at - 1].id > message.id) at--;
    list.splice(at, 0, message);
    if (message.senderRole === 'visitor') {
      if (live && this.selected !== message.sessionId) thread.unread++;
      thread.visitorTyping = false;
    }
    this.changed();
  }

  private upsert(session: SessionWire): void {
    if (session.state === 'queued') return;
    const known = this.threads.get(session.sessionId);
    const thread: ChatThread = known ?? {
      sessionId: session.sessionId, state: 'ringing', nickname: '', avatar: null, clientData: null, peerSource: null,
      channelName: null, remark: null, ringsUntil: null, messages: [], unread: 0, visitorTyping: false, closeBy: null,
    };
    thread.state = session.state;
    thread.nickname = session.nickname || thread.nickname;
    thread.avatar = session.avatar ?? thread.avatar;
    thread.clientData = session.clientData ?? thread.clientData;
    thread.peerSource = session.peerSource ?? thread.peerSource;
    thread.channelName = session.channelName ?? thread.channelName;
    thread.closeBy = session.closeBy;
    if (session.state !== 'ringing') thread.ringsUntil = null;
    this.threads.set(session.sessionId, thread);
  }

  private remove(sessionId: string): void {
    if (!this.threads.delete(sessionId)) return;
    clearTimeout(this.typingFades.get(sessionId));
    if (this.selected === sessionId) this.selected = this.threads.keys().next().value ?? null;
    this.changed();
  }

  /** The held sessions, again: after the first connection (a reload) and after every reconnection. */
  private resync(): Promise<void> {
    // One at a time; a reconnection during a resync simply runs it again afterwards.
    const run = (this.syncing ?? Promise.resolve()).then(async () => {
      // Keeps tccc.Admin.getSkillGroups() current for pages that never open the transfer form.
      void this.transferTargets();
      const result = await this.call('Chat', 'ChatSessions');
      if (typeof result === 'string') return;
      const sessions = readList(result.sessions, readSession).filter(s => s.state !== 'queued');
      for (const id of [...this.threads.keys()]) {
        if (!sessions.some(s => s.sessionId === id)) this.threads.delete(id);
      }
      // An offer this page has not announced (it rang before a reload, or while the connection was down) is
      // announced now, with the time it has left, exactly as a fresh one: the countdown, Accept, and callIn.
      const unannounced = sessions.filter(s => s.state === 'ringing' && s.ringSecondsLeft !== null && this.threads.get(s.sessionId)?.state !== 'ringing');
      for (const session of sessions) {
        if (!unannounced.includes(session)) this.upsert(session);
      }
      for (const session of unannounced) this.offered(callInOf(session));
      if (this.selected && !this.threads.has(this.selected)) this.selected = null;
      this.selected ??= this.threads.keys().next().value ?? null;
      this.changed();
      // Messages missed while away count as unread; a fresh page's history does not.
      const live = this.synced;
      this.synced = true;
      await Promise.all(sessions.filter(s => s.state !== 'ringing').map(s => this.catchUp(s.sessionId, live)));
    });
    this.syncing = run.catch(() => undefined);
    return this.syncing;
  }

  private async catchUp(sessionId: string, live: boolean): Promise<void> {
    for (;;) {
      const thread = this.threads.get(sessionId);
      if (!thread) return;
      const afterId = thread.messages.length > 0 ? thread.messages[thread.messages.length - 1].id : 0;
      const result = await this.call('Chat', 'ChatMessages', { sessionId, afterId });
      if (typeof result === 'string') return;
      const messages = readList(result.messages, readMessage);
      for (const message of messages) this.add(message, live);
      if (messages.length < messagesPage) return;
    }
  }

  private stopTyping(): void {
    const typing = this.ownTyping;
    if (!typing) return;
    clearTimeout(typing.stop);
    this.ownTyping = null;
    void this.call('Chat', 'ChatTyping', { sessionId: typing.sessionId, typing: false });
  }

  private changed(): void {
    const view = this.view;
    for (const listener of this.listeners) listener(view);
  }

  // ---- calls ------------------------------------------------------------------------------------------------

  /** Calls a chat method of the hub: its answer when accepted, otherwise why not (a message). */
  private async call(member: string, method: string, argument?: object): Promise<ChatHubResult | string> {
    const hub = this.access.hub(member);
    if (typeof hub === 'string') return hub;
    let result: ChatHubResult;
    try {
      result = argument === undefined ? await hub.invoke<ChatHubResult>(method) : await hub.invoke<ChatHubResult>(method, argument);
    } catch {
      return `tccc.${member} failed: the connection to the Switchboard server was lost; try again once it is back.`;
    }
    if (!result?.ok) return result?.message || `tccc.${member} was refused by the server.`;
    return result;
  }

  private async act(member: string, method: string, argument: object, then?: (result: ChatHubResult) => void): Promise<TcccSdk.SuccessResponse> {
    const result = await this.call(member, method, argument);
    if (typeof result === 'string') return failure(result);
    then?.(result);
    return success();
  }
}

function sessionOption(options: unknown): string | null {
  const sessionId = record(options)?.sessionId;
  return typeof sessionId === 'string' && sessionId ? sessionId : null;
}
