/** What the SdkURL (or the legacy data-* attributes) hands the SDK. */
export interface ScriptCredentials {
  sdkAppId: number;
  token: string;
  userId: string;
}

/** Where the SDK was loaded from and what it was given. */
export interface ScriptContext {
  element: HTMLScriptElement | null;
  /** The `/sdk/` folder of the server that served the script; login and hub URLs are relative to it. */
  sdkBase: URL;
  credentials: ScriptCredentials | null;
  /** Why `credentials` is null. */
  problem: string;
  /** `data-render-dom-id`: embed the workstation in that element instead of floating. */
  renderDomId: string | null;
}

/**
 * Reads the script element that is running now. The SdkURL's query (`sdkAppId`, `token`, `userid`) wins;
 * the legacy `data-sdk-app-id`, `data-token`, `data-userid` attributes fill in what it lacks.
 */
export function readScriptContext(element: HTMLScriptElement | null): ScriptContext {
  const src = element?.src || '';
  const url = src ? new URL(src, document.baseURI) : new URL('/sdk/', location.href);
  const query = url.searchParams;
  const dataset = element?.dataset ?? {};
  const appIdText = query.get('sdkAppId') || dataset.sdkAppId || '';
  const token = query.get('token') || dataset.token || '';
  const userId = query.get('userid') || query.get('userId') || dataset.userid || '';
  const renderDomId = dataset.renderDomId || null;
  const sdkBase = new URL('./', url);

  const missing = [!appIdText && 'sdkAppId', !token && 'token', !userId && 'userid'].filter(Boolean);
  if (missing.length > 0) {
    return { element, sdkBase, renderDomId, credentials: null,
      problem: `The SdkURL lacks ${missing.join(', ')}: request a new SdkURL with CreateSDKLoginToken.` };
  }
  const sdkAppId = Number(appIdText);
  if (!Number.isSafeInteger(sdkAppId) || sdkAppId <= 0) {
    return { element, sdkBase, renderDomId, credentials: null,
      problem: 'The SdkURL has an invalid sdkAppId: request a new SdkURL with CreateSDKLoginToken.' };
  }
  return { element, sdkBase, renderDomId, credentials: { sdkAppId, token, userId }, problem: '' };
}
