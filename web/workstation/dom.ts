type Child = Node | string | null | undefined | false;

/**
 * Builds an element. Strings become text nodes, never markup, so data from the server (agent names,
 * rest reasons, messages) cannot inject HTML.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, attributes: Record<string, string> = {}, ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Replaces an element's content with plain text. */
export function setText(element: Element, text: string): void {
  element.textContent = text;
}
