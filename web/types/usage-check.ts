// Compile-only check of tccc.d.ts from an integrator's side: the TCCC guide's page code must type-check
// against it, and mistakes must not. Part of `tsc --noEmit`; never bundled.

export function integratorPage(sdkUrl: string): void {
  if (window.tccc) return;
  const script = document.createElement('script');
  script.setAttribute('crossorigin', 'anonymous');
  script.src = sdkUrl;
  script.addEventListener('load', () => {
    const sdk = window.tccc;
    if (!sdk) return;
    sdk.on(sdk.events.ready, () => {
      sdk.Call.startOutboundCall({ phoneNumber: '008613800000000', phoneDesc: 'Customer' })
        .then(res => console.log(res.status, res.data?.sessionId, res.data?.callerPhoneNumber))
        .catch((error: TcccSdk.ErrorResponse) => console.log(error.errorMsg));
      sdk.Agent.setStatus({ status: 'rest', restReason: 'Meal' }).catch(() => undefined);
      const status: TcccSdk.AgentStatus = sdk.Agent.getStatus();
      console.log(status === 'free');
    });
    sdk.on(sdk.events.tokenExpired, ({ message }) => console.log(message));
    sdk.on('statusChanged', change => console.log(change.status, change.data.restReason, change.since));
    sdk.on('callIn', response => console.log(response.data.sessionId, response.type));
    sdk.on(sdk.events.callIn, ({ data }) => {
      if (data.type !== 'im') return;
      console.log(data.nickname?.toUpperCase(), data.clientData);
      sdk.Chat.accept({ sessionId: data.sessionId }).catch((error: TcccSdk.ErrorResponse) => console.log(error.errorMsg));
    });
    sdk.on('sessionEnded', ({ sessionId, closeBy, duration }) => console.log(sessionId, closeBy === 'seat', duration.toFixed(1)));
    sdk.on('transfer', ({ data }) => console.log(data.skillGroupId ?? data.userId));
    sdk.Chat.transfer({ sessionId: 's', skillGroupId: '334' }).catch(() => undefined);
    const [first] = sdk.Admin.getSkillGroups();
    if (first) sdk.Chat.transfer({ sessionId: 's', skillGroupId: first.skillGroupId }).catch(() => undefined);
    sdk.on('forcedOffline', ({ data }) => console.log(data.message));
    sdk.UI.hidefloatButton();
    sdk.Devices.getMicrophones().then(list => console.log(list.map(device => device.label)));
    sdk.Devices.startMicTest({ deviceId: 'default', onLevel: level => console.log(level.toFixed(2)) })
      .then(res => console.log(res.data?.codec, sdk.Devices.micTestLevel()))
      .catch((error: TcccSdk.ErrorResponse) => console.log(error.errorMsg))
      .finally(() => sdk.Devices.stopMicTest());

    sdk.overrideButtonConfig(config => ({ active: config.active.filter(button => button.type !== 'forwardOut') }));
    sdk.timer.emitter.removeAllListeners('tokenExpired');

    // @ts-expect-error event names are checked
    sdk.on('statusChange', () => undefined);
    // @ts-expect-error setStatus takes only the settable states
    sdk.Agent.setStatus({ status: 'busy' });
    // @ts-expect-error the level callback takes a number
    sdk.Devices.startMicTest({ onLevel: (level: string) => console.log(level) });
    // @ts-expect-error Chat.end needs the session
    sdk.Chat.end({});
    // @ts-expect-error startOutboundCall needs a phone number
    sdk.Call.startOutboundCall({});
  });
  document.body.appendChild(script);
}

export function teardown(): void {
  window.tccc = undefined;
}
