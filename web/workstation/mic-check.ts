import type { AgentSnapshot } from '../sdk/agent-model';
import type { MicrophoneTest, MicTestView } from '../sdk/mic-test';
import { el, setText } from './dom';

const hints: Record<MicTestView['phase'], string> = {
  idle: 'Speak after starting: you hear yourself about half a second later, as a customer would.',
  starting: 'Connecting to the server…',
  running: 'Speak now: you should hear your voice back and see the level move.',
};

/**
 * The workstation's microphone check: a start/stop button, a level meter (role=meter, 0..100) and a status line.
 * Usable once the agent is ready and connected; a running test can always be stopped.
 */
export class MicCheck {
  readonly element: HTMLElement;
  private readonly button = el('button', { type: 'button', class: 'mic-toggle', 'aria-describedby': 'mic-status' }, 'Test microphone');
  private readonly bar = el('div', { class: 'meter-bar' });
  private readonly meter = el('div', {
    class: 'meter', role: 'meter', 'aria-label': 'Microphone level',
    'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0',
  }, this.bar);
  private readonly status = el('p', { class: 'mic-status', id: 'mic-status', role: 'status', 'aria-live': 'polite' });
  private usable = false;
  private view: MicTestView;

  constructor(private readonly test: MicrophoneTest) {
    this.view = test.snapshot;
    this.button.addEventListener('click', () => this.toggle());
    this.element = el('div', { class: 'mic-check', role: 'group', 'aria-labelledby': 'mic-title' },
      el('h2', { id: 'mic-title' }, 'Microphone'),
      el('div', { class: 'mic-row' }, this.button, this.meter),
      this.status);
    test.subscribe(view => this.show(view));
  }

  /** The agent's connection decides whether a test may start. */
  render(snapshot: AgentSnapshot): void {
    this.usable = snapshot.ready && snapshot.connection === 'connected';
    this.show(this.view);
  }

  private toggle(): void {
    if (this.view.phase === 'idle') {
      // The outcome arrives through the test's own updates; the rejection's message is shown from there.
      this.test.start().catch(() => undefined);
    } else {
      void this.test.stop();
    }
  }

  private show(view: MicTestView): void {
    const levelChanged = view.level !== this.view.level;
    const phaseChanged = view.phase !== this.view.phase || view.error !== this.view.error;
    this.view = view;
    const percent = Math.round(view.level * 100);
    this.meter.setAttribute('aria-valuenow', String(percent));
    this.meter.setAttribute('aria-valuetext', view.phase === 'running' ? `${percent}%` : 'No test running');
    // RMS of speech sits well below full scale: a square-root scale makes a normal voice fill half the bar.
    this.bar.style.width = `${Math.min(100, Math.sqrt(view.level) * 100).toFixed(1)}%`;
    if (levelChanged && !phaseChanged) return;

    const active = view.phase !== 'idle';
    setText(this.button, active ? 'Stop test' : 'Test microphone');
    // The label says what a press does (a toggle's label must not change, so this is a plain button).
    this.button.dataset.phase = view.phase;
    this.button.disabled = !active && !this.usable;
    this.meter.dataset.phase = view.phase;
    this.status.classList.toggle('error', !active && !!view.error);
    if (!active && view.error) setText(this.status, view.error);
    else if (!active && !this.usable) setText(this.status, 'Available once the workstation is connected.');
    else setText(this.status, view.phase === 'running' && view.codec ? `${hints.running} (${view.codec})` : hints[view.phase]);
  }
}
