// The ingestion view: recently updated files with their state, and failures with their reasons.
import * as api from './api.js';
import { clear, el, time } from './dom.js';
import { documentUrl } from './state.js';
import { statusBadge } from './status.js';

const limit = 50;

export class IngestionView {
  constructor(section) {
    this.section = section;
    this.pending = null;
  }

  async show() {
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    const section = clear(this.section);
    const heading = el('h1', { id: 'ingestion-heading', tabindex: '-1', text: 'Ingestion' });
    const refresh = el('button', { type: 'button', text: 'Refresh', onclick: () => this.show() });
    const live = el('p', { class: 'summary', role: 'status', 'aria-live': 'polite', text: 'Loading…' });
    const failures = el('section', { 'aria-labelledby': 'failures-heading' }, el('h2', { id: 'failures-heading', text: 'Failures' }));
    const recent = el('section', { 'aria-labelledby': 'recent-heading' }, el('h2', { id: 'recent-heading', text: 'Recent files' }));
    section.append(el('div', { class: 'view-header' }, heading, refresh), live, failures, recent);
    try {
      const [files, deadLetters] = await Promise.all([
        api.getRecentFiles(limit, controller.signal),
        api.getFailures(limit, controller.signal),
      ]);
      if (controller.signal.aborted) return heading;
      // Without a failures route, the failed files among the recent ones stand in.
      const failed = deadLetters ?? files.filter(f => f.state === 'failed');
      live.textContent = `${files.length} recent ${files.length === 1 ? 'file' : 'files'}, ${failed.length} ${failed.length === 1 ? 'failure' : 'failures'}.`;
      failures.append(failed.length
        ? this.table('Failures', failed, true)
        : el('p', { class: 'muted', text: 'No file has failed.' }));
      recent.append(files.length
        ? this.table('Recent files', files, false)
        : el('p', { class: 'muted', text: 'No file has been uploaded yet.' }));
    } catch (error) {
      if (error.name === 'AbortError') return heading;
      live.textContent = 'The ingestion status could not be loaded.';
      section.append(el('p', { class: 'error', role: 'alert', text: error.message }));
    }
    return heading;
  }

  table(caption, records, failuresOnly) {
    const row = r => el('tr', { 'data-state': r.state },
      el('th', { scope: 'row', class: 'source' },
        r.state === 'indexed' && r.id ? el('a', { href: documentUrl(r.id), text: r.path }) : r.path),
      el('td', {}, statusBadge(r.state)),
      el('td', { class: 'reason', text: r.reason ?? '' }),
      el('td', { class: 'num', text: r.attempts ?? '' }),
      el('td', {}, time(r.updatedAt, true)));
    // A wide table scrolls sideways on a phone; the region is focusable so the keyboard can scroll it too.
    return el('div', { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
      el('table', { class: failuresOnly ? 'files failures' : 'files' },
        el('caption', { class: 'visually-hidden', text: caption }),
        el('thead', {}, el('tr', {},
          ['File', 'State', 'Reason', 'Attempts', 'Updated'].map(h => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, records.map(row))));
  }
}
