/** The visitor side's wire forms (docs/chat.md "Wire forms"). */

import type { MessageWire, SessionState } from '../chat/message-wire';

export type { SessionState } from '../chat/message-wire';
export type { AttachmentWire as Attachment, MessageWire as ChatMessage } from '../chat/message-wire';

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

/** One answer to "how was your chat?". */
export interface SatisfactionChoice {
  id: number;
  label: string;
}

/** What every hub method answers. */
export interface HubAnswer {
  ok: boolean;
  code?: string;
  message?: string;
  session?: ChatSession;
  chatMessage?: MessageWire;
  messages?: MessageWire[];
  sessions?: ChatSession[];
  choices?: SatisfactionChoice[];
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
