import { Workstation } from '../workstation/workstation';
import { AgentController } from './agent-controller';
import { AgentEvents } from './agent-events';
import { AgentModel } from './agent-model';
import { ChatAttachments } from './chat/chat-attachments';
import { ChatDesk } from './chat/chat-desk';
import { createDevices } from './devices';
import { eventNames } from './event-names';
import { MicrophoneTest } from './mic-test';
import { readScriptContext } from './script-credentials';
import { unavailableCall, unavailableVideo } from './unavailable';

/**
 * Creates `window.tccc` for the script element that is running, unless the page already has one (TCCC's
 * "initialise once" rule: a second injection is ignored until the page tears the first one down).
 */
export function startSdk(script: HTMLScriptElement | null): void {
  if (window.tccc) {
    console.warn('tccc: the SDK is already initialised on this page; this second SdkURL script is ignored. '
      + 'To switch agents, tear the SDK down first (remove the script and t3c-sdk#tcccSdkDomRoot, set window.tccc = undefined).');
    return;
  }
  const context = readScriptContext(script);
  const events = new AgentEvents();
  const model = new AgentModel();
  const controller = new AgentController(context, events, model);
  const micTest = new MicrophoneTest(member => controller.mediaAccess(member));
  const chat = new ChatDesk(controller, model, events);
  const attachments = new ChatAttachments(() => controller.mediaAccess('Chat'));
  const workstation = new Workstation(model, {
    setStatus: (status, restReason) => controller.setStatus({ status, restReason }),
    online: () => controller.online(),
    offline: () => controller.offline(),
    accept: sessionId => chat.accept({ sessionId }),
    end: sessionId => chat.end({ sessionId }),
    transfer: options => chat.transfer(options),
  }, micTest, { desk: chat, attachments });

  const call = unavailableCall();
  const api: TcccSdk.Tccc = {
    events: eventNames,
    on: (event, handler) => events.on(event, handler as (payload: unknown) => void),
    off: (event, handler) => events.off(event, handler as (payload: unknown) => void),
    Call: call,
    Chat: {
      accept: options => chat.accept(options),
      end: options => chat.end(options),
      transfer: options => chat.transfer(options),
    },
    Video: unavailableVideo(),
    Agent: {
      online: () => controller.online(),
      offline: () => controller.offline(),
      setStatus: options => controller.setStatus(options),
      getStatus: () => controller.status(),
    },
    Devices: createDevices(micTest),
    UI: {
      hide: () => workstation.setVisible(false),
      show: () => workstation.setVisible(true),
      showfloatButton: () => workstation.setFloatButtonVisible(true),
      hidefloatButton: () => workstation.setFloatButtonVisible(false),
      showWorkbench: () => workstation.setWorkbenchOpen(true),
      hideWorkbench: () => workstation.setWorkbenchOpen(false),
    },
    Admin: { getSkillGroups: () => chat.skillGroupList() },
    callOut: call.callOut,
    // Accepted so TCCC pages that hide call-bar buttons keep working; there is no call bar until calls arrive.
    overrideButtonConfig: () => undefined,
    timer: { emitter: { removeAllListeners: event => events.removeAll(event) } },
  };
  window.tccc = api;

  // Removing the root element is how pages tear the SDK down: close the connection with it.
  workstation.mount(context.renderDomId, () => {
    void micTest.stop();
    chat.dispose();
    attachments.release();
    controller.dispose();
    events.clear();
  });
  void controller.start();
}
