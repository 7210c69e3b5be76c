// The chat wire forms both sides share (docs/chat.md, "Wire forms"): the agent SDK and the visitor widget
// receive the same messages from their hubs.

export type SessionState = 'queued' | 'ringing' | 'serving' | 'ended';

export interface AttachmentWire {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  isImage: boolean;
}

/** A stored message. */
export interface MessageWire {
  id: number;
  sessionId: string;
  timestampMs: number;
  senderRole: 'visitor' | 'agent' | 'system';
  sender: string;
  type: 'text' | 'image' | 'file' | 'event';
  content: string;
  clientMessageId: string | null;
  attachment: AttachmentWire | null;
}
