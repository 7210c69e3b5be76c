import type { MicrophoneTest } from './mic-test';

/** What the browser offers for the agent's audio: feature checks, device lists and the microphone test. */
export function createDevices(micTest: MicrophoneTest): TcccSdk.Devices {
  const devices: TcccSdk.Devices = {
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
    startMicTest: options => micTest.start(options),
    stopMicTest: () => micTest.stop(),
    micTestLevel: () => micTest.level(),
  };
  return devices;
}

async function listDevices(kind: MediaDeviceKind): Promise<MediaDeviceInfo[]> {
  if (typeof navigator.mediaDevices?.enumerateDevices !== 'function') return [];
  const all = await navigator.mediaDevices.enumerateDevices();
  return all.filter(device => device.kind === kind);
}
