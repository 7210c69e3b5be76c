import type { MediaAccess } from '../mic-test-run';
import { type AttachmentWire, record, text } from './chat-wire';

/**
 * Attachment bytes for the workstation: uploads with the agent's session credential as a bearer token
 * (`POST /chat/attachments`), downloads fetched the same way and kept as blob URLs, because an `<img src>` or a
 * link cannot carry the credential and the credential must not sit in a URL the page could read or log.
 */
export class ChatAttachments {
  private readonly blobs = new Map<string, Promise<string>>();

  constructor(private readonly access: () => MediaAccess | string) {}

  /** Stores `file` for the session; resolves with its description, rejects with a message a person can read. */
  async upload(sessionId: string, file: File): Promise<AttachmentWire> {
    const form = new FormData();
    form.append('file', file, file.name);
    const response = await this.request(`chat/attachments?sessionId=${encodeURIComponent(sessionId)}`, { method: 'POST', body: form });
    const answer = record(await response.json().catch(() => null));
    const id = text(answer?.id);
    if (!answer || !id) throw new Error('The server answered the upload without an attachment.');
    return { id, fileName: text(answer.fileName) ?? file.name, contentType: text(answer.contentType) ?? '',
      size: Number(answer.size) || file.size, isImage: answer.isImage === true };
  }

  /** A blob URL of the attachment's bytes, fetched once per page. */
  objectUrl(id: string): Promise<string> {
    let url = this.blobs.get(id);
    if (!url) {
      url = this.request(`chat/attachments/${encodeURIComponent(id)}`, { method: 'GET' })
        .then(response => response.blob())
        .then(blob => URL.createObjectURL(blob));
      // A failed download may be retried later (the connection was down, the session not yet shared).
      url.catch(() => this.blobs.delete(id));
      this.blobs.set(id, url);
    }
    return url;
  }

  /** Frees every blob URL (the SDK is torn down). */
  release(): void {
    for (const url of this.blobs.values()) url.then(u => URL.revokeObjectURL(u), () => undefined);
    this.blobs.clear();
  }

  private async request(path: string, init: RequestInit): Promise<Response> {
    const access = this.access();
    if (typeof access === 'string') throw new Error(access);
    const credential = await access.credential();
    let response: Response;
    try {
      response = await fetch(new URL(`../${path}`, access.sdkBase).href, {
        ...init, headers: { Authorization: `Bearer ${credential}` }, credentials: 'omit', mode: 'cors', cache: 'no-store',
      });
    } catch {
      throw new Error('The Switchboard server could not be reached.');
    }
    if (response.ok) return response;
    const problem = record(await response.json().catch(() => null));
    throw new Error(text(problem?.message) || text(problem?.detail) || text(problem?.title)
      || `The Switchboard server refused the request (HTTP ${response.status}).`);
  }
}
