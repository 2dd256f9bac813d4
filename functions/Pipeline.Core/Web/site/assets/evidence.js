// Marks evidence spans in a field's text by offset; overlapping spans are split so each piece lists every country/topic covering it.
import { el } from './dom.js';

/**
 * @param {string} text the cleaned field text the offsets index
 * @param {{start:number,end:number,key:string,kind:string,label:string}[]} spans
 * @returns {DocumentFragment}
 */
export function markSpans(text, spans) {
  const fragment = document.createDocumentFragment();
  const valid = spans.filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap(s => [s.start, s.end])])].sort((a, b) => a - b);
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(from, to);
    const covering = valid.filter(s => s.start <= from && s.end >= to);
    if (covering.length === 0) {
      fragment.append(piece);
      continue;
    }
    const kinds = new Set(covering.map(s => s.kind));
    const labels = [...new Set(covering.map(s => s.label))];
    fragment.append(el('mark', {
      class: ['evidence', ...[...kinds].map(k => `ev-${k}`)].join(' '),
      'data-keys': [...new Set(covering.map(s => s.key))].join(' '),
      title: labels.join('; '),
    }, piece));
  }
  return fragment;
}

/** Every evidence span of the document, grouped by the field it sits in. */
export function spansByField(doc, countryLabel, topicLabel) {
  const byField = { title: [], subtitle: [], body: [] };
  const add = (kind, id, label, evidence) => {
    for (const e of evidence ?? []) {
      byField[e.field]?.push({ start: e.offset, end: e.offset + e.length, key: `${kind}:${id}`, kind, label });
    }
  };
  for (const c of doc.countries ?? []) add('country', c.code, countryLabel(c), c.evidence);
  for (const t of doc.topics ?? []) add('topic', t.id, topicLabel(t), t.evidence);
  return byField;
}
