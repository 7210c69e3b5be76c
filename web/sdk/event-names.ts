/** `tccc.events`: TCCC's event names plus Switchboard's `forcedOffline`; each value is its own name. */
export const eventNames: TcccSdk.Events = Object.freeze({
  ready: 'ready',
  tokenExpired: 'tokenExpired',
  callIn: 'callIn',
  userAccessed: 'userAccessed',
  autoTransfer: 'autoTransfer',
  sessionEnded: 'sessionEnded',
  sessionCompleted: 'sessionCompleted',
  callOuted: 'callOuted',
  calloutAccepted: 'calloutAccepted',
  transfer: 'transfer',
  statusChanged: 'statusChanged',
  forcedOffline: 'forcedOffline',
});
