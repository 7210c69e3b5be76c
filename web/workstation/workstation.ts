import type { AgentModel } from '../sdk/agent-model';
import type { MicrophoneTest } from '../sdk/mic-test';
import { AgentPanel, type StatusActions } from './agent-panel';
import { type ChatActions, type ChatParts, ChatPanel } from './chat/chat-panel';
import { el } from './dom';
import { MicCheck } from './mic-check';
import { embeddedHostCss, floatingHostCss, panelCss } from './styles';

const headsetPath = 'M12 2a9 9 0 0 0-9 9v6a3 3 0 0 0 3 3h2v-8H5v-1a7 7 0 0 1 14 0v1h-3v8h2.2a2 2 0 0 1-2 2H13v2h3.2a4 4 0 0 0 4-4V11a9 9 0 0 0-9-9z';

/**
 * The SDK's UI. `<t3c-sdk id="tcccSdkDomRoot">` is appended to the body (TCCC's root, which pages remove
 * to tear down); it holds the floating button and popup. With `data-render-dom-id` the workbench renders
 * inside that element instead. Every part lives in a shadow root so page CSS and ours never meet.
 */
export class Workstation {
  private readonly root = document.createElement('t3c-sdk');
  private readonly rootShadow = this.root.attachShadow({ mode: 'open' });
  private readonly fab = el('button', { class: 'fab', type: 'button', 'aria-label': 'Open agent workstation', 'aria-expanded': 'false', 'aria-controls': 'workbench' });
  private readonly fabDot = el('span', { class: 'dot', 'aria-hidden': 'true' });
  private readonly popup = el('div', { class: 'popup', id: 'workbench', role: 'dialog', 'aria-label': 'Agent workstation' });
  private embeddedHost: HTMLElement | null = null;
  private embedded = false;
  private visible = true;
  private floatButtonVisible = true;
  private workbenchOpen = false;
  private observer: MutationObserver | null = null;

  constructor(
    private readonly model: AgentModel,
    private readonly actions: StatusActions & ChatActions,
    private readonly micTest: MicrophoneTest,
    private readonly chat: ChatParts,
  ) {
    this.root.id = 'tcccSdkDomRoot';
    this.fab.append(headsetIcon(), this.fabDot);
    this.fab.addEventListener('click', () => this.setWorkbenchOpen(!this.workbenchOpen));
  }

  /** Shows the workstation; `onRemoved` runs once when the page removes the root element. */
  mount(renderDomId: string | null, onRemoved: () => void): void {
    // A root left behind by an earlier injection whose page skipped removing it would duplicate the id.
    document.querySelectorAll('t3c-sdk#tcccSdkDomRoot').forEach(stale => stale.remove());
    const attach = () => {
      document.body.append(this.root);
      this.observer = new MutationObserver(() => {
        if (this.root.isConnected) return;
        this.observer?.disconnect();
        this.embeddedHost?.remove();
        onRemoved();
      });
      this.observer.observe(document.body, { childList: true });
      const container = renderDomId ? document.getElementById(renderDomId) : null;
      if (renderDomId && !container) {
        console.warn(`tccc: data-render-dom-id names #${renderDomId}, which is not on the page; showing the floating workstation.`);
      }
      if (container) this.renderEmbedded(container);
      else this.renderFloating();
    };
    if (document.body) attach();
    else document.addEventListener('DOMContentLoaded', attach, { once: true });
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.apply();
  }

  setFloatButtonVisible(visible: boolean): void {
    this.floatButtonVisible = visible;
    this.apply();
  }

  setWorkbenchOpen(open: boolean): void {
    this.workbenchOpen = open;
    this.apply();
  }

  private renderFloating(): void {
    const close = el('button', { class: 'close', type: 'button', 'aria-label': 'Close agent workstation' }, '×');
    close.addEventListener('click', () => { this.setWorkbenchOpen(false); this.fab.focus(); });
    const panel = this.panel(close);
    this.popup.append(panel.element);
    // Escape closes the popup from anywhere in it, or from the floating button that opened it.
    this.rootShadow.addEventListener('keydown', event => {
      if ((event as KeyboardEvent).key === 'Escape' && this.workbenchOpen) { this.setWorkbenchOpen(false); this.fab.focus(); }
    });
    this.rootShadow.append(el('style', {}, floatingHostCss + panelCss), this.fab, this.popup);
    this.apply();
  }

  private renderEmbedded(container: HTMLElement): void {
    this.embedded = true;
    this.workbenchOpen = true;
    const host = document.createElement('t3c-workbench');
    const shadow = host.attachShadow({ mode: 'open' });
    const frame = el('div', { class: 'embedded', id: 'workbench' });
    frame.append(this.panel(null).element);
    shadow.append(el('style', {}, embeddedHostCss + panelCss), frame);
    this.rootShadow.append(el('style', {}, floatingHostCss));
    container.append(host);
    this.embeddedHost = host;
    this.apply();
  }

  private panel(close: HTMLButtonElement | null): AgentPanel {
    const panel = new AgentPanel(this.actions, close, new MicCheck(this.micTest), new ChatPanel(this.chat, this.actions, this.model));
    this.model.subscribe(snapshot => {
      panel.render(snapshot);
      this.fabDot.dataset.state = snapshot.connection;
    });
    return panel;
  }

  private apply(): void {
    if (this.embedded) {
      if (this.embeddedHost) this.embeddedHost.hidden = !this.visible || !this.workbenchOpen;
      return;
    }
    this.fab.hidden = !this.visible || !this.floatButtonVisible;
    this.popup.hidden = !this.visible || !this.workbenchOpen;
    this.fab.setAttribute('aria-expanded', String(this.workbenchOpen));
    this.fab.setAttribute('aria-label', this.workbenchOpen ? 'Close agent workstation' : 'Open agent workstation');
  }
}

function headsetIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', headsetPath);
  svg.append(path);
  return svg;
}
