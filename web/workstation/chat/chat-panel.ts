import type { AgentModel } from '../../sdk/agent-model';
import type { ChatAttachments } from '../../sdk/chat/chat-attachments';
import type { ChatDesk } from '../../sdk/chat/chat-desk';
import { ChatList } from './chat-list';
import { type ChatActions, Conversation } from './conversation';

export type { ChatActions } from './conversation';

/** What the workstation needs for chats: the SDK's chat desk and attachment transfer. */
export interface ChatParts {
  desk: ChatDesk;
  attachments: ChatAttachments;
}

/** The workstation's chats: the session list and the open conversation, following the chat desk. */
export class ChatPanel {
  readonly list: ChatList;
  readonly conversation: Conversation;
  private readonly presence: ((hasChats: boolean) => void)[] = [];

  constructor(parts: ChatParts, actions: ChatActions, model: AgentModel) {
    this.list = new ChatList(parts.desk, sessionId => {
      this.list.showError(null);
      actions.accept(sessionId).catch((failure: { errorMsg?: string }) => this.list.showError(failure?.errorMsg ?? 'The chat could not be accepted.'));
    });
    this.conversation = new Conversation(parts.desk, actions, parts.attachments, () => model.snapshot.agent?.userId ?? '');
    parts.desk.subscribe(view => {
      this.list.render(view);
      this.conversation.render(view.threads.find(t => t.sessionId === view.selected) ?? null);
      for (const listener of this.presence) listener(view.threads.length > 0);
    });
  }

  /** Tells `listener` whether the agent holds any chat, now and after every change. */
  onPresence(listener: (hasChats: boolean) => void): void {
    this.presence.push(listener);
  }
}
