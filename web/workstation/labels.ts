import type { ConnectionState } from '../sdk/connection-state';

export const statusLabels: Record<TcccSdk.AgentStatus, string> = {
  free: 'Free',
  busy: 'Busy (in a session)',
  arrange: 'After-call work',
  notReady: 'Not ready',
  rest: 'On a break',
  offline: 'Offline',
};

export const connectionLabels: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  forcedOffline: 'Forced offline',
  signInFailed: 'Sign-in failed',
};
