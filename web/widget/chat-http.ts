import { Attachment, ChatHttpError, SignInAnswer } from './wire';

async function refusal(response: Response): Promise<ChatHttpError> {
  let code = 'httpError';
  let message = `The chat server answered HTTP ${response.status}.`;
  try {
    const body = await response.json() as { code?: unknown; message?: unknown };
    if (typeof body.code === 'string') code = body.code;
    if (typeof body.message === 'string') message = body.message;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return new ChatHttpError(response.status, code, message);
}

/** POST /chat/visitor/sign-in. */
export async function signIn(base: URL, request: { sdkAppId: number; visitorId?: string; visitorToken?: string; userSig?: string }): Promise<SignInAnswer> {
  const response = await fetch(new URL('chat/visitor/sign-in', base).href, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
    credentials: 'omit',
  });
  if (!response.ok) throw await refusal(response);
  return await response.json() as SignInAnswer;
}

/** POST /chat/attachments: XMLHttpRequest, because fetch cannot report upload progress. */
export function uploadAttachment(base: URL, token: string, sessionId: string, file: File, progress: (fraction: number) => void): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', new URL(`chat/attachments?sessionId=${encodeURIComponent(sessionId)}`, base).href);
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.responseType = 'json';
    request.upload.onprogress = event => { if (event.lengthComputable) progress(event.loaded / event.total); };
    request.onerror = () => reject(new ChatHttpError(0, 'network', 'The upload failed: the connection to the chat server broke.'));
    request.onload = () => {
      const body = request.response as { code?: string; message?: string } | Attachment | null;
      if (request.status === 201 && body && 'id' in body) resolve(body);
      else {
        const failure = body as { code?: string; message?: string } | null;
        reject(new ChatHttpError(request.status, failure?.code ?? 'httpError',
          failure?.message ?? (request.status === 413 ? 'The file is too large.' : `The upload failed (HTTP ${request.status}).`)));
      }
    };
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

/** GET /chat/attachments/{id} with the bearer token, as a blob: URL the page can show or download. */
export async function attachmentUrl(base: URL, token: string, id: string): Promise<string> {
  const response = await fetch(new URL(`chat/attachments/${encodeURIComponent(id)}`, base).href, {
    headers: { Authorization: `Bearer ${token}` },
    credentials: 'omit',
  });
  if (!response.ok) throw await refusal(response);
  return URL.createObjectURL(await response.blob());
}
