import { failure } from './responses';

/**
 * A method whose capability this Switchboard server does not offer yet: it rejects in the protocol's own
 * form, so pages that handle TCCC's errors show a clear message instead of hanging.
 */
export function unavailable(namespace: string, method: string, capability: string): () => Promise<never> {
  return () => failure(`tccc.${namespace}.${method} is not available on this Switchboard server yet: ${capability} are not supported.`);
}

export function unavailableCall(): TcccSdk.Call {
  const calls = 'phone and VoIP calls';
  const m = (method: string) => unavailable('Call', method, calls);
  return {
    startOutboundCall: m('startOutboundCall'), callOut: m('callOut'), accept: m('accept'), hungUp: m('hungUp'),
    deleteCall: m('deleteCall'), muteMic: m('muteMic'), unmuteMic: m('unmuteMic'), isMicMuted: m('isMicMuted'),
    startInternalCall: m('startInternalCall'), transfer: m('transfer'), hold: m('hold'), unHold: m('unHold'),
    sendDigits: m('sendDigits'),
  };
}

export function unavailableVideo(): TcccSdk.Video {
  const m = (method: string) => unavailable('Video', method, 'video sessions');
  return {
    accept: m('accept'), end: m('end'), muteMic: m('muteMic'), unmuteMic: m('unmuteMic'),
    muteVideo: m('muteVideo'), unmuteVideo: m('unmuteVideo'), transfer: m('transfer'),
  };
}
