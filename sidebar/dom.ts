// Tiny DOM helpers: every string becomes a text node (escaped by the browser), never HTML.

export type Child = Node | string | number | null | undefined | false | Child[];

type Handler = (event: Event) => void;
export type Props = Record<
  string,
  string | number | boolean | Handler | null | undefined
>;

/** Properties set as DOM properties rather than attributes (their live state matters). */
const DOM_PROPERTIES = new Set(['value', 'checked', 'disabled', 'selected']);

function applyProps(element: Element, props: Props): void {
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) {
      if (DOM_PROPERTIES.has(key)) {
        (element as unknown as Record<string, unknown>)[key] = false;
      }
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      element.setAttribute('class', String(value));
    } else if (DOM_PROPERTIES.has(key)) {
      (element as unknown as Record<string, unknown>)[key] = value;
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (typeof child === 'string' || typeof child === 'number') {
      parent.appendChild(document.createTextNode(String(child)));
    } else parent.appendChild(child);
  }
}

/** Creates an HTML element: `h('button', {class: 'primary', onclick}, 'Simpan')`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  applyProps(element, props);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element (inline charts; no images are loaded). */
export function svg(tag: string, props: Props = {}, ...children: Child[]) {
  const element = document.createElementNS(SVG_NS, tag);
  applyProps(element, props);
  append(element, children);
  return element;
}

/** Replaces an element's children, keeping focus on the control with the same id if any. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  const focusedId =
    document.activeElement && parent.contains(document.activeElement)
      ? document.activeElement.id
      : '';
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
  if (focusedId) {
    const again = document.getElementById(focusedId);
    if (again && parent.contains(again)) again.focus();
  }
}
