import { signIn } from './chat-http';
import type { WidgetConfig } from './config';
import type { SavedStateStore } from './saved-state';
import { ChatHttpError, SignInAnswer } from './wire';

/** Sign in again this long before the token expires. */
const renewMarginMs = 5 * 60 * 1000;

/**
 * The visitor's id and token: kept in localStorage per application so a reload is the same visitor, renewed by
 * signing in again with the old token, replaced when the host page presents a UserSig for a user.
 */
export class VisitorIdentity {
  private current?: SignInAnswer;
  private signingIn?: Promise<SignInAnswer>;

  constructor(private readonly config: WidgetConfig, private readonly saved: SavedStateStore) {
    this.current = saved.load().identity;
  }

  get answer(): SignInAnswer | undefined {
    return this.current;
  }

  /** A token that is valid for a while yet, signing in first when needed (always when `renew`). */
  async token(renew = false): Promise<string> {
    if (!renew && this.current && this.current.expiresAtMs - Date.now() > renewMarginMs && !this.needsUserSignIn()) return this.current.visitorToken;
    return (await this.signIn()).visitorToken;
  }

  /** Signs in now (one attempt at a time). */
  signIn(): Promise<SignInAnswer> {
    this.signingIn ??= this.doSignIn().finally(() => { this.signingIn = undefined; });
    return this.signingIn;
  }

  /** Forgets the identity, e.g. after the host page changed the user. */
  reset(): void {
    this.current = undefined;
    this.saved.update(state => { state.identity = undefined; state.sessionId = undefined; state.pending = []; });
  }

  private needsUserSignIn(): boolean {
    return !!this.config.userSig && !!this.current && (!this.current.verified || (!!this.config.userId && this.current.visitorId !== this.config.userId));
  }

  private async doSignIn(): Promise<SignInAnswer> {
    const { base, appId, userSig, userId } = this.config;
    let answer: SignInAnswer | undefined;
    const previous = this.current;
    if (userSig && (!previous || this.needsUserSignIn() || previous.expiresAtMs <= Date.now() + renewMarginMs)) {
      try {
        answer = await signIn(base, { sdkAppId: appId, userSig, visitorId: userId });
      } catch (e) {
        // An expired UserSig with a still valid token of the same user: keep going on the token.
        if (!(e instanceof ChatHttpError) || !previous?.verified || previous.visitorId !== userId) throw e;
      }
    }
    if (!answer && previous && !this.needsUserSignIn()) {
      try {
        answer = await signIn(base, { sdkAppId: appId, visitorId: previous.visitorId, visitorToken: previous.visitorToken });
      } catch (e) {
        if (!(e instanceof ChatHttpError) || e.status !== 401) throw e;
        // The token is too old or not valid here any more: this visitor starts over.
        this.reset();
      }
    }
    answer ??= await signIn(base, { sdkAppId: appId });
    if (previous && previous.visitorId !== answer.visitorId) this.reset();
    this.current = answer;
    this.saved.update(state => { state.identity = answer; });
    return answer;
  }
}
