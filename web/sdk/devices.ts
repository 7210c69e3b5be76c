/** What the browser offers for the agent's audio: feature checks and device lists. */
export const devices: TcccSdk.Devices = {
  isBrowserSupported() {
    return typeof WebSocket === 'function'
      && typeof RTCPeerConnection === 'function'
      && typeof navigator.mediaDevices?.getUserMedia === 'function';
  },
  isEnvSupported() {
    return devices.isBrowserSupported() && window.isSecureContext;
  },
  getMicrophones: () => listDevices('audioinput'),
  getSpeakers: () => listDevices('audiooutput'),
};

async function listDevices(kind: MediaDeviceKind): Promise<MediaDeviceInfo[]> {
  if (typeof navigator.mediaDevices?.enumerateDevices !== 'function') return [];
  const all = await navigator.mediaDevices.enumerateDevices();
  return all.filter(device => device.kind === kind);
}
