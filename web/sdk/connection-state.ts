/** What the workstation shows about the live connection. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'forcedOffline' | 'signInFailed';
