// The agent hub's chat messages and answers as they arrive (docs/chat.md, "Agent side"). Everything from the
// wire is checked before use: a field of the wrong type is treated as absent.

import type { MessageWire, SessionState } from '../../chat/message-wire';

export type { AttachmentWire, MessageWire, SessionState } from '../../chat/message-wire';

/** A chat session as ChatSessions, ChatMessages and userAccessed carry it. */
export interface SessionWire {
  sessionId: string;
  state: SessionState;
  nickname: string;
  avatar: string | null;
  clientData: string | null;
  peerSource: string | null;
  channelName: string | null;
  skillGroupId: number;
  closeBy: string | null;
  /** While the offer rings this agent (ChatSessions only): whole seconds left when the server answered. */
  ringSecondsLeft: number | null;
}

/** What every chat method of the hub answers. */
export interface ChatHubResult {
  ok: boolean;
  code?: string;
  message?: string;
  session?: unknown;
  chatMessage?: unknown;
  messages?: unknown;
  sessions?: unknown;
  transferTargets?: unknown;
}

/** An online chat skill group a chat can be transferred to (ChatTransferTargets). */
export interface TransferGroup {
  skillGroupId: number;
  skillGroupName: string;
  /** Chats waiting in the group for an agent (queued or ringing). */
  waiting: number;
}

/** A colleague who takes chats, with their presence when the list was fetched. */
export interface TransferAgent {
  /** The agent's account (mail): ChatTransfer's userId. */
  userId: string;
  name: string;
  status: TcccSdk.AgentStatus;
  skillGroupIds: number[];
}

/** Where the agent can transfer a chat: the application's chat skill groups and the colleagues who take chats. */
export interface TransferTargets {
  skillGroups: TransferGroup[];
  agents: TransferAgent[];
}

type Fields = Record<string, unknown>;

export function record(value: unknown): Fields | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Fields : null;
}

export function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The session id of a `{ sessionId }` message, or null. */
export function sessionIdOf(value: unknown): string | null {
  const id = text(record(value)?.sessionId);
  return id ? id : null;
}

const states: readonly string[] = ['queued', 'ringing', 'serving', 'ended'];

export function readSession(value: unknown): SessionWire | null {
  const r = record(value);
  const sessionId = text(r?.sessionId);
  if (!r || !sessionId || typeof r.state !== 'string' || !states.includes(r.state)) return null;
  return {
    sessionId,
    state: r.state as SessionState,
    nickname: text(r.nickname) ?? '',
    avatar: text(r.avatar),
    clientData: text(r.clientData),
    peerSource: text(r.peerSource),
    channelName: text(r.channelName),
    skillGroupId: Number(r.skillGroupId) || 0,
    closeBy: text(r.closeBy),
    ringSecondsLeft: typeof r.ringSecondsLeft === 'number' && r.ringSecondsLeft > 0 ? r.ringSecondsLeft : null,
  };
}

/**
 * The `callIn` message the server sent when `session` started ringing this agent, rebuilt from the session's view
 * with the time left to answer: what a page that was not there for the first one (a reload, a new tab) is told.
 */
export function callInOf(session: SessionWire): Fields {
  const callIn: Fields = { sessionId: session.sessionId, type: 'im', timeout: session.ringSecondsLeft ?? 0, nickname: session.nickname };
  for (const key of ['avatar', 'peerSource', 'channelName', 'clientData'] as const) {
    if (session[key] !== null) callIn[key] = session[key];
  }
  return callIn;
}

const statuses: readonly string[] = ['free', 'busy', 'arrange', 'notReady', 'rest', 'offline'];

function readGroup(value: unknown): TransferGroup | null {
  const r = record(value);
  const name = text(r?.skillGroupName);
  if (!r || typeof r.skillGroupId !== 'number' || !Number.isSafeInteger(r.skillGroupId) || name === null) return null;
  return { skillGroupId: r.skillGroupId, skillGroupName: name, waiting: typeof r.waiting === 'number' && r.waiting > 0 ? r.waiting : 0 };
}

function readAgent(value: unknown): TransferAgent | null {
  const r = record(value);
  const userId = text(r?.userId);
  if (!r || !userId) return null;
  // A status this page does not know is shown as offline: never offered as a target it cannot vouch for.
  const status = typeof r.status === 'string' && statuses.includes(r.status) ? r.status as TcccSdk.AgentStatus : 'offline';
  const groups = Array.isArray(r.skillGroupIds) ? r.skillGroupIds.filter((id): id is number => typeof id === 'number') : [];
  return { userId, name: text(r.name) || userId, status, skillGroupIds: groups };
}

/** ChatTransferTargets' answer, or null when it has no lists. */
export function readTransferTargets(value: unknown): TransferTargets | null {
  const r = record(value);
  if (!r || !Array.isArray(r.skillGroups) || !Array.isArray(r.agents)) return null;
  return { skillGroups: readList(r.skillGroups, readGroup), agents: readList(r.agents, readAgent) };
}

const roles: readonly string[] = ['visitor', 'agent', 'system'];
const types: readonly string[] = ['text', 'image', 'file', 'event'];

export function readMessage(value: unknown): MessageWire | null {
  const r = record(value);
  const sessionId = text(r?.sessionId);
  if (!r || !sessionId || typeof r.id !== 'number' || typeof r.senderRole !== 'string' || !roles.includes(r.senderRole)
    || typeof r.type !== 'string' || !types.includes(r.type) || typeof r.content !== 'string') return null;
  const a = record(r.attachment);
  const attachment = a && typeof a.id === 'string'
    ? { id: a.id, fileName: text(a.fileName) ?? 'file', contentType: text(a.contentType) ?? '', size: Number(a.size) || 0, isImage: a.isImage === true }
    : null;
  return {
    id: r.id, sessionId, timestampMs: Number(r.timestampMs) || 0,
    senderRole: r.senderRole as MessageWire['senderRole'], sender: text(r.sender) ?? '',
    type: r.type as MessageWire['type'], content: r.content, clientMessageId: text(r.clientMessageId), attachment,
  };
}

export function readList<T>(value: unknown, read: (item: unknown) => T | null): T[] {
  return Array.isArray(value) ? value.map(read).filter((item): item is T => item !== null) : [];
}
