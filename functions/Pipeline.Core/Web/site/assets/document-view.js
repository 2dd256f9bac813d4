// The document view: normalised text with each country's and topic's evidence marked, a legend, and the file's ingestion status.
import * as api from './api.js';
import { flag, topicName } from './countries.js';
import { clear, el, time } from './dom.js';
import { markSpans, spansByField } from './evidence.js';
import { statusBadge } from './status.js';

export class DocumentView {
  constructor(section) {
    this.section = section;
    this.pending = null;
  }

  async show(id, backUrl) {
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    const section = clear(this.section);
    const back = el('p', { class: 'back' }, el('a', { href: backUrl, text: '← Back to results' }));
    const heading = el('h1', { id: 'doc-title', tabindex: '-1', text: 'Loading document…' });
    section.append(back, heading);
    try {
      const doc = await api.getDocument(id, controller.signal);
      if (controller.signal.aborted) return heading;
      document.title = `${doc.title} — Pipeline`;
      this.render(doc, back, heading);
      this.loadStatus(doc, controller.signal);
    } catch (error) {
      if (error.name === 'AbortError') return heading;
      heading.textContent = error.status === 404 ? 'Document not found' : 'The document could not be loaded';
      section.append(el('p', { class: 'error', role: 'alert', text: error.message }));
    }
    return heading;
  }

  render(doc, back, heading) {
    const countryLabel = c => c.name || c.code;
    const topicLabel = t => t.label || topicName(t.id);
    const spans = spansByField(doc, countryLabel, topicLabel);
    clear(heading).append(markSpans(doc.title ?? '', spans.title));
    const article = el('article', { class: 'doc-text', 'aria-labelledby': 'doc-title' });
    if (doc.subtitle) article.append(el('p', { class: 'doc-subtitle' }, markSpans(doc.subtitle, spans.subtitle)));
    article.append(el('div', { class: 'doc-body' }, markSpans(doc.body ?? '', spans.body)));

    const meta = el('dl', { class: 'doc-meta' },
      el('dt', { text: 'Source' }), el('dd', { class: 'source', text: doc.sourcePath }),
      el('dt', { text: 'Published' }), el('dd', {}, time(doc.published)),
      el('dt', { text: 'Format' }), el('dd', { text: doc.format }),
      el('dt', { text: 'Language' }), el('dd', { text: doc.language ?? 'unknown' }),
      el('dt', { text: 'Normalised' }), el('dd', {}, time(doc.normalizedAt, true)));

    this.statusBox = el('section', { class: 'panel status-panel', 'aria-labelledby': 'status-heading' },
      el('h2', { id: 'status-heading', text: 'Ingestion status' }),
      el('p', { class: 'muted', text: 'Loading…' }));

    const legend = this.renderLegend(doc, article, countryLabel, topicLabel);
    this.section.append(
      el('div', { class: 'doc-layout' },
        el('div', { class: 'doc-main' }, meta, article),
        el('aside', { class: 'doc-side', 'aria-label': 'Evidence and status' }, this.statusBox, legend)));
    back.after(heading);
  }

  renderLegend(doc, article, countryLabel, topicLabel) {
    const heading = this.section.querySelector('#doc-title');
    const marks = () => [heading, article].flatMap(root => [...root.querySelectorAll('mark.evidence')]);
    const buttons = [];
    // One evidence set is emphasised at a time; pressing it again shows all.
    const toggle = (key, button) => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      for (const b of buttons) b.setAttribute('aria-pressed', String(on && b === button));
      const focused = [];
      for (const m of marks()) {
        const match = on && m.dataset.keys.split(' ').includes(key);
        m.classList.toggle('focus', match);
        if (match) focused.push(m);
      }
      for (const root of [heading, article]) root.classList.toggle('focusing', on);
      focused[0]?.scrollIntoView({ block: 'nearest' });
    };
    const entry = (key, count, ...label) => {
      const button = el('button', { type: 'button', class: `legend-entry legend-${key.split(':')[0]}`, 'aria-pressed': 'false' },
        el('span', { class: 'swatch', 'aria-hidden': 'true' }), ...label,
        el('span', { class: 'count', text: count }));
      button.addEventListener('click', () => toggle(key, button));
      buttons.push(button);
      return el('li', {}, button);
    };
    const countries = (doc.countries ?? []).map(c => entry(`country:${c.code}`,
      `${c.mentions} ${c.mentions === 1 ? 'mention' : 'mentions'}`,
      flag(c.code), ' ', countryLabel(c), c.main ? el('span', { class: 'badge', text: 'main' }) : null));
    const topics = (doc.topics ?? []).map(t => entry(`topic:${t.id}`,
      `${(t.evidence ?? []).length} ${(t.evidence ?? []).length === 1 ? 'cue' : 'cues'}`,
      topicLabel(t), t.parent ? el('span', { class: 'muted', text: ` in ${topicName(t.parent)}` }) : null));
    // On a phone the legend comes before the long text, so it starts folded.
    const legend = el('details', { class: 'panel legend', open: !matchMedia('(max-width: 55.99rem)').matches },
      el('summary', {}, el('h2', { id: 'legend-heading', text: 'Evidence' }),
        el('span', { class: 'muted', text: ` ${countries.length} ${countries.length === 1 ? 'country' : 'countries'}, ${topics.length} ${topics.length === 1 ? 'topic' : 'topics'}` })),
      el('p', { class: 'muted', text: 'Marked in the text. Choose one to pick out its evidence.' }),
      el('h3', { text: `Countries (${countries.length})` }),
      countries.length ? el('ul', { class: 'legend-list' }, countries) : el('p', { class: 'muted', text: 'None found.' }),
      el('h3', { text: `Topics (${topics.length})` }),
      topics.length ? el('ul', { class: 'legend-list' }, topics) : el('p', { class: 'muted', text: 'None found.' }));
    return legend;
  }

  async loadStatus(doc, signal) {
    const box = this.statusBox;
    const body = [];
    try {
      const status = await api.getStatus(doc.sourcePath, signal);
      body.push(el('dl', { class: 'status-list' },
        el('dt', { text: 'State' }), el('dd', {}, statusBadge(status.state)),
        status.reason ? [el('dt', { text: 'Reason' }), el('dd', { text: status.reason })] : null,
        el('dt', { text: 'Attempts' }), el('dd', { text: status.attempts }),
        el('dt', { text: 'Updated' }), el('dd', {}, time(status.updatedAt, true)),
        el('dt', { text: 'Source ETag' }), el('dd', { class: 'source', text: status.eTag ?? '—' })));
      if (status.eTag && doc.sourceETag && status.eTag !== doc.sourceETag) {
        body.push(el('p', { class: 'note', text: 'The file has changed since this text was normalised; a newer version is on its way.' }));
      }
    } catch (error) {
      if (error.name === 'AbortError') return;
      body.push(el('p', { class: 'error', text: error.message }));
    }
    box.querySelector('p.muted')?.remove();
    box.append(...body);
  }
}
