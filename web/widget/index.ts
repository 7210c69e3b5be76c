import { ChatWidget } from './chat-widget';
import { readConfig, type VisitorDetails } from './config';

/** What a host page can call: `window.SwitchboardChat`. */
interface SwitchboardChatApi {
  open(): void;
  close(): void;
  setVisitor(details: VisitorDetails): Promise<void>;
}

declare global {
  interface Window {
    SwitchboardChat?: SwitchboardChatApi;
  }
}

function boot(script: HTMLScriptElement): void {
  const config = readConfig(script);
  const host = document.createElement('div');
  host.setAttribute('data-switchboard-chat', '');
  document.body.append(host);
  const widget = new ChatWidget(config, host);
  window.SwitchboardChat = {
    open: () => widget.open(),
    close: () => widget.close(),
    setVisitor: details => widget.setVisitor(details),
  };
  widget.boot();
}

// currentScript is only set while the script first runs, also for async scripts.
const script = document.currentScript as HTMLScriptElement | null;
if (!script) {
  console.error('Switchboard chat: load widget.js with a <script src> tag carrying data-app-id and data-skill-group.');
} else if (window.SwitchboardChat) {
  console.error('Switchboard chat: widget.js is on this page twice; the second copy does nothing.');
} else if (document.body) {
  boot(script);
} else {
  document.addEventListener('DOMContentLoaded', () => boot(script), { once: true });
}
