import type { ChatDesk } from '../../sdk/chat/chat-desk';
import type { TransferAgent, TransferGroup, TransferTargets } from '../../sdk/chat/chat-wire';
import { el, setText } from '../dom';
import { statusLabels } from '../labels';

/** Who a chat goes to: one chat skill group or one colleague, as `tccc.Chat.transfer` takes them. */
export type TransferChoice = { skillGroupId: string } | { userId: string };

/**
 * The transfer form: a choice of the application's chat skill groups (with how many chats wait in each) and of the
 * colleagues who take chats (with their status; offline ones are listed but cannot be chosen). The lists are
 * fetched each time the form opens, so they are as current as the agent's decision.
 */
export class TransferForm {
  readonly element = el('form', { class: 'transfer', id: 'transfer-form', 'aria-label': 'Transfer chat' });
  private readonly status = el('p', { class: 'transfer-status', role: 'status' });
  private readonly groups = el('select', { id: 'transfer-group' });
  private readonly agents = el('select', { id: 'transfer-agent' });
  private readonly toGroup = el('button', { type: 'submit', value: 'group' }, 'Transfer to group');
  private readonly toAgent = el('button', { type: 'submit', value: 'agent' }, 'Transfer to colleague');
  private readonly cancel = el('button', { type: 'button' }, 'Cancel');
  // Answers to an earlier opening of the form are stale once it opened again.
  private generation = 0;

  constructor(private readonly desk: ChatDesk, transfer: (choice: TransferChoice) => void, private readonly closed: (returnFocus: boolean) => void) {
    this.element.hidden = true;
    this.element.append(this.status,
      el('div', { class: 'transfer-row' }, el('label', { for: 'transfer-group' }, 'Skill group'), this.groups, this.toGroup),
      el('div', { class: 'transfer-row' }, el('label', { for: 'transfer-agent' }, 'Colleague'), this.agents, this.toAgent),
      this.cancel);
    this.groups.addEventListener('change', () => this.enable());
    this.agents.addEventListener('change', () => this.enable());
    this.cancel.addEventListener('click', () => this.close(true));
    this.element.addEventListener('keydown', event => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.close(true);
      }
    });
    this.element.addEventListener('submit', event => {
      event.preventDefault();
      const toAgent = event.submitter === this.toAgent;
      const choice = toAgent ? this.agents.value : this.groups.value;
      if (!choice) return;
      transfer(toAgent ? { userId: choice } : { skillGroupId: choice });
    });
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Shows the form and fetches where the chat can go. */
  open(): void {
    const generation = ++this.generation;
    this.element.hidden = false;
    setText(this.status, 'Loading skill groups and colleagues…');
    this.fill(this.groups, [placeholder('Loading…')]);
    this.fill(this.agents, [placeholder('Loading…')]);
    this.groups.focus();
    void this.desk.transferTargets().then(targets => {
      if (generation !== this.generation || !this.isOpen) return;
      if (typeof targets === 'string') {
        setText(this.status, `The transfer targets could not be loaded: ${targets}`);
        this.fill(this.groups, [placeholder('Not available')]);
        this.fill(this.agents, [placeholder('Not available')]);
        return;
      }
      this.show(targets);
    });
  }

  /**
   * Hides the form (cancelled, the transfer went through, or the chat changed); `returnFocus` when
   * the agent closed it, so the keyboard goes back to the button that opened it.
   */
  close(returnFocus = false): void {
    if (!this.isOpen) return;
    this.generation++;
    this.element.hidden = true;
    this.closed(returnFocus);
  }

  private show(targets: TransferTargets): void {
    const groups = targets.skillGroups;
    const agents = targets.agents;
    this.fill(this.groups, [placeholder(groups.length ? 'Choose a skill group' : 'No chat skill groups'), ...groups.map(groupOption)]);
    const names = new Map<string, number>();
    for (const agent of agents) names.set(agent.name, (names.get(agent.name) ?? 0) + 1);
    this.fill(this.agents, [placeholder(agents.length ? 'Choose a colleague' : 'No colleagues take chats'),
      ...agents.map(agent => agentOption(agent, (names.get(agent.name) ?? 0) > 1))]);
    const reachable = agents.filter(agent => agent.status !== 'offline').length;
    setText(this.status, `${groups.length} skill ${groups.length === 1 ? 'group' : 'groups'}, ${reachable} of ${agents.length} colleagues online.`);
  }

  private fill(select: HTMLSelectElement, options: HTMLOptionElement[]): void {
    select.replaceChildren(...options);
    select.value = '';
    this.enable();
  }

  private enable(): void {
    this.toGroup.disabled = !this.groups.value;
    this.toAgent.disabled = !this.agents.value;
  }
}

function placeholder(label: string): HTMLOptionElement {
  return el('option', { value: '' }, label);
}

function groupOption(group: TransferGroup): HTMLOptionElement {
  const waiting = group.waiting > 0 ? ` (${group.waiting} waiting)` : '';
  return el('option', { value: String(group.skillGroupId) }, group.skillGroupName + waiting);
}

/** A colleague by name and status; the account is added when another colleague has the same name. */
function agentOption(agent: TransferAgent, sameNameAsAnother: boolean): HTMLOptionElement {
  const name = sameNameAsAnother ? `${agent.name} (${agent.userId})` : agent.name;
  const option = el('option', { value: agent.userId }, `${name} — ${statusLabels[agent.status]}`);
  // Offline colleagues stay in the list, so the agent sees who is away, but cannot be chosen.
  option.disabled = agent.status === 'offline';
  return option;
}
