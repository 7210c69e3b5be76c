import type { ThreadState } from '../../sdk/chat/chat-desk';

export const threadStateLabels: Record<ThreadState, string> = {
  ringing: 'Incoming',
  serving: 'In conversation',
  ended: 'Ended',
};

export const closeByLabels: Record<string, string> = {
  client: 'The visitor ended the chat.',
  seat: 'You ended the chat.',
  admin: 'Switchboard ended the chat.',
  timer: 'The chat ended: the visitor was silent too long.',
};

/** A few common emoji; the agent can type any other. */
export const emoji: readonly [string, string][] = [
  ['😀', 'grinning face'], ['🙂', 'slightly smiling face'], ['😉', 'winking face'], ['😊', 'smiling face'],
  ['😅', 'grinning face with sweat'], ['🤔', 'thinking face'], ['😢', 'crying face'], ['🙏', 'folded hands'],
  ['👍', 'thumbs up'], ['👋', 'waving hand'], ['🎉', 'party popper'], ['✅', 'check mark'],
];

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
