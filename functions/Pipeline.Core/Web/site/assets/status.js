// Ingestion states as badges: the word is always shown, colour only repeats it.
import { el } from './dom.js';

export const statusBadge = state => el('span', { class: `state state-${state ?? 'unknown'}`, text: state ?? 'unknown' });
