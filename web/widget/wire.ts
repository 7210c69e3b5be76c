/** The visitor side's wire forms (docs/chat.md "Wire forms"). */

export type SessionState = 'queued' | 'ringing' | 'serving' | 'ended';

export interface ChatSession {
  sessionId: string;
  state: SessionState;
  queuePosition: number | null;
  nickname: string;
  agentMail: string | null;
  agentName: string | null;
  skillGroupId: number;
  createdAtMs: number;
  acceptedAtMs: number | null;
  endedAtMs: number | null;
  endStatus: number | null;
  closeBy: string | null;
}

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  isImage: boolean;
}

export interface ChatMessage {
  id: number;
  sessionId: string;
  timestampMs: number;
  senderRole: 'visitor' | 'agent' | 'system';
  sender: string;
  type: 'text' | 'image' | 'file' | 'event';
  content: string;
  clientMessageId: string | null;
  attachment: Attachment | null;
}

/** What every hub method answers. */
export interface HubAnswer {
  ok: boolean;
  code?: string;
  message?: string;
  session?: ChatSession;
  chatMessage?: ChatMessage;
  messages?: ChatMessage[];
  sessions?: ChatSession[];
}

export interface SignInAnswer {
  visitorId: string;
  visitorToken: string;
  verified: boolean;
  expiresAtMs: number;
}

/** A refusal of an HTTP endpoint: `{ code, message }` and the status. */
export class ChatHttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}
