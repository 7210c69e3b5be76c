/** What the host page tells the widget: the script tag's data-* attributes, later setVisitor(). */
export interface WidgetConfig {
  base: URL;
  appId: number;
  skillGroupId: number;
  channel?: string;
  nickname?: string;
  avatar?: string;
  clientData?: string;
  userId?: string;
  userSig?: string;
  /** `page`: the hosted full-page chat; otherwise a button and a floating panel. */
  fullPage: boolean;
}

/** The visitor details a host page may set after loading (for example once its backend made a UserSig). */
export interface VisitorDetails {
  nickname?: string;
  avatar?: string;
  clientData?: string;
  userId?: string;
  userSig?: string;
}

function attribute(script: HTMLElement, name: string): string | undefined {
  const value = script.getAttribute(`data-${name}`);
  return value === null || value.trim() === '' ? undefined : value;
}

/** Reads the tag; throws with a sentence for the page's developer when a required attribute is missing. */
export function readConfig(script: HTMLScriptElement): WidgetConfig {
  const appId = Number(attribute(script, 'app-id'));
  if (!Number.isSafeInteger(appId) || appId <= 0) throw new Error('Switchboard chat: data-app-id must be the application id (SdkAppId).');
  const skillGroupId = Number(attribute(script, 'skill-group'));
  if (!Number.isSafeInteger(skillGroupId) || skillGroupId <= 0) throw new Error('Switchboard chat: data-skill-group must be the id of a chat skill group.');
  return {
    base: new URL('.', script.src),
    appId,
    skillGroupId,
    channel: attribute(script, 'channel'),
    nickname: attribute(script, 'nickname'),
    avatar: attribute(script, 'avatar'),
    clientData: attribute(script, 'client-data'),
    userId: attribute(script, 'user-id'),
    userSig: attribute(script, 'user-sig'),
    fullPage: attribute(script, 'mode') === 'page',
  };
}
