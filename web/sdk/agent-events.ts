type AnyHandler = (payload: unknown) => void;

/**
 * The page's event subscriptions. Payloads carry their fields at the top level and again under `data`,
 * because TCCC integrations read both shapes. A throwing handler never stops the others.
 */
export class AgentEvents {
  private readonly handlers = new Map<string, AnyHandler[]>();

  on(event: string, handler: AnyHandler): void {
    if (typeof event !== 'string' || typeof handler !== 'function') return;
    const list = this.handlers.get(event) ?? [];
    list.push(handler);
    this.handlers.set(event, list);
  }

  off(event: string, handler: AnyHandler): void {
    const list = this.handlers.get(event);
    if (!list) return;
    const index = list.lastIndexOf(handler);
    if (index >= 0) list.splice(index, 1);
  }

  emit<E extends TcccSdk.EventName>(event: E, fields: object): void {
    const payload = { ...fields, data: { ...fields } };
    for (const handler of [...(this.handlers.get(event) ?? [])]) {
      try {
        handler(payload);
      } catch (error) {
        // Report it the way an uncaught error in the page's own code would be, without breaking the SDK.
        setTimeout(() => { throw error; }, 0);
      }
    }
  }

  /** Drops every handler of `event`, or of every event when it is omitted (TCCC's `timer.emitter`). */
  removeAll(event?: string): void {
    if (event === undefined) this.handlers.clear();
    else this.handlers.delete(event);
  }

  clear(): void {
    this.handlers.clear();
  }
}
