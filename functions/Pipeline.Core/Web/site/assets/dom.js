// Small DOM helpers: every text goes in through textContent; only the API's <mark>-only HTML goes through markOnly().

/** Creates an element; string and number children become text nodes, never HTML. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/**
 * Turns the API's highlighted HTML (escaped text with <mark> around matches) into nodes,
 * keeping only <mark> elements without attributes: a second line of defence if the API ever let markup through.
 */
export function markOnly(html) {
  const template = document.createElement('template');
  template.innerHTML = html ?? '';
  const fragment = document.createDocumentFragment();
  const copy = (from, to) => {
    for (const child of from.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) to.append(child.textContent);
      else if (child.nodeType === Node.ELEMENT_NODE && child.tagName === 'MARK') copy(child, to.appendChild(document.createElement('mark')));
      else if (child.nodeType === Node.ELEMENT_NODE) copy(child, to);
    }
  };
  copy(template.content, fragment);
  return fragment;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A <time> element for an ISO date-time, or a dash when there is none. */
export function time(iso, withTime = false) {
  if (!iso) return el('span', { class: 'muted', text: 'no date' });
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return el('span', { text: iso });
  return el('time', { datetime: iso, title: iso, text: (withTime ? dateTimeFormat : dateFormat).format(date) });
}
