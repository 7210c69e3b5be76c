import type { ChatAttachments } from '../../sdk/chat/chat-attachments';
import type { MessageWire } from '../../sdk/chat/chat-wire';
import { el, setText } from '../dom';
import { clockTime, fileSize } from './chat-labels';

/**
 * One message of the conversation log. Text is inserted as text (HTML a visitor types shows as typed); images
 * are fetched with the agent's credential and shown from a blob URL; other files download the same way.
 */
export function messageView(message: MessageWire, visitorName: string, ownUserId: string, attachments: ChatAttachments): HTMLLIElement {
  if (message.type === 'event' || message.senderRole === 'system') {
    return el('li', { class: 'msg', 'data-role': 'system', 'data-id': String(message.id) }, el('span', { class: 'msg-body' }, message.content));
  }
  const who = message.senderRole === 'visitor' ? visitorName
    : message.sender.toLowerCase() === ownUserId.toLowerCase() ? 'You' : message.sender;
  const body = el('div', { class: 'msg-body' });
  const attachment = message.attachment;
  if (message.type === 'text' || !attachment) {
    setText(body, message.content);
  } else if (message.type === 'image' && attachment.isImage) {
    const image = el('img', { alt: attachment.fileName });
    const status = el('span', { class: 'msg-note' }, 'Loading image…');
    body.append(status, image);
    image.hidden = true;
    attachments.objectUrl(attachment.id).then(
      url => { image.src = url; image.hidden = false; status.remove(); },
      (error: Error) => setText(status, `The image could not be loaded: ${error.message}`));
  } else {
    const download = el('button', { type: 'button', class: 'file', 'aria-label': `Download ${attachment.fileName}, ${fileSize(attachment.size)}` },
      `⬇ ${attachment.fileName} (${fileSize(attachment.size)})`);
    download.addEventListener('click', () => {
      attachments.objectUrl(attachment.id).then(url => {
        const link = el('a', { href: url, download: attachment.fileName });
        link.click();
      }, (error: Error) => body.append(el('span', { class: 'msg-note', role: 'alert' }, `The file could not be downloaded: ${error.message}`)));
    });
    body.append(download);
  }
  return el('li', { class: 'msg', 'data-role': message.senderRole, 'data-id': String(message.id) },
    el('span', { class: 'msg-meta' }, `${who} · ${clockTime(message.timestampMs)}`),
    body);
}
