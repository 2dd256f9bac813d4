// Country flags and names from ISO 3166-1 alpha-2 codes.
import { el } from './dom.js';

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }) : null;
const labels = new Map();

// XK (Kosovo) is a user-assigned code: no regional-indicator flag exists for it.
const noEmojiFlag = new Set(['XK']);

/** Remembers the API's labels (facet values), which name countries the way the rest of the pipeline does. */
export function rememberCountryLabels(values) {
  for (const value of values ?? []) if (value?.value && value?.label) labels.set(value.value, value.label);
}

export function countryName(code) {
  if (labels.has(code)) return labels.get(code);
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The flag as two regional-indicator symbols, or null when there is none. */
export function flagEmoji(code) {
  if (!/^[A-Z]{2}$/.test(code ?? '') || noEmojiFlag.has(code)) return null;
  return String.fromCodePoint(...[...code].map(c => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** A decorative flag (hidden from screen readers, which read the name beside it); the code in a box when there is no emoji. */
export function flag(code) {
  const emoji = flagEmoji(code);
  return emoji
    ? el('span', { class: 'flag', 'aria-hidden': 'true', text: emoji })
    : el('span', { class: 'flag flag-fallback', 'aria-hidden': 'true', text: code });
}

const topicLabels = new Map();

export function rememberTopicLabels(values) {
  for (const value of values ?? []) if (value?.value && value?.label) topicLabels.set(value.value, value.label);
}

export function topicName(id) {
  if (topicLabels.has(id)) return topicLabels.get(id);
  const words = String(id).replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
