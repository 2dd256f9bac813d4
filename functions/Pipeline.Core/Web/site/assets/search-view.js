// The search view: form, facet lists (drill-sideways counts from the API), results and pager.
import * as api from './api.js';
import { countryName, flag, rememberCountryLabels, rememberTopicLabels, topicName } from './countries.js';
import { append, clear, el, markOnly, time } from './dom.js';
import { documentUrl, pageSizes, searchParams, searchUrl } from './state.js';

// The API returns every value with a count when asked for many; the page shows the first few and a toggle for the rest.
const facetSize = 300;
const facetsShown = 10;
// A result lists its main countries and first few others; the document view has them all.
const tagsShown = 6;

function tagList(label, values, shown, render) {
  if (values.length === 0) return null;
  const rest = values.length - shown;
  return el('ul', { class: 'tags', 'aria-label': label },
    values.slice(0, shown).map(render),
    rest > 0 ? el('li', { class: 'tag more', text: `+${rest} more` }) : null);
}

const $ = id => document.getElementById(id);

export class SearchView {
  constructor(navigate) {
    this.navigate = navigate;
    this.state = null;
    this.pending = null;
    this.expanded = new Set();
    this.form = $('search-form');
    this.form.addEventListener('submit', event => {
      event.preventDefault();
      this.go({ q: $('q').value, page: 1 });
    });
    for (const id of ['sort', 'from', 'to', 'pageSize']) {
      $(id).addEventListener('change', () => this.go({ [id]: id === 'pageSize' ? Number($(id).value) : $(id).value, page: 1 }));
    }
    // Narrow screens start with the filters folded, so results come first.
    if (matchMedia('(max-width: 47.99rem)').matches) $('filters').open = false;
  }

  /** Pushes a new URL for the changed state and searches; the URL is the only source of truth. */
  go(changes) {
    this.navigate(searchUrl({ ...this.state, ...changes }));
  }

  async show(state) {
    this.state = state;
    this.fillForm(state);
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    const results = $('results');
    results.setAttribute('aria-busy', 'true');
    const params = searchParams(state);
    params.set('facetSize', String(facetSize));
    try {
      const response = await api.search(params, controller.signal);
      if (controller.signal.aborted) return;
      this.showError(null);
      this.render(response);
    } catch (error) {
      if (error.name === 'AbortError') return;
      this.showError(error);
    } finally {
      if (this.pending === controller) results.removeAttribute('aria-busy');
    }
  }

  fillForm(state) {
    $('q').value = state.q;
    $('sort').value = state.sort;
    $('from').value = state.from;
    $('to').value = state.to;
    const sizes = $('pageSize');
    if (!pageSizes.includes(state.pageSize) && ![...sizes.options].some(o => o.value === String(state.pageSize))) {
      sizes.append(el('option', { value: state.pageSize, text: state.pageSize }));
    }
    sizes.value = String(state.pageSize);
  }

  showError(error) {
    const box = $('search-error');
    const qError = $('q-error');
    const bad = error?.errors ?? {};
    $('q').toggleAttribute('aria-invalid', Boolean(bad.q));
    qError.hidden = !bad.q;
    qError.textContent = bad.q ? bad.q.join(' ') : '';
    box.hidden = !error;
    box.textContent = error ? (bad.q ? 'The query could not be run; see the message under the search box.' : error.message) : '';
    if (error) {
      $('summary').textContent = 'No results: the search failed.';
      clear($('results'));
      clear($('pager'));
    }
  }

  render(response) {
    this.lastResponse = response;
    // Results and facets are rebuilt: keep keyboard focus on the same control (a ticked checkbox, a toggle).
    const focused = document.activeElement?.id;
    rememberCountryLabels(response.facets?.country);
    rememberTopicLabels(response.facets?.topic);
    this.renderSummary(response);
    this.renderFacets(response.facets ?? {});
    const results = clear($('results'));
    results.start = (response.page - 1) * response.pageSize + 1;
    for (const hit of response.hits) results.append(this.renderHit(hit));
    this.renderPager(response);
    if (focused && document.activeElement?.id !== focused) document.getElementById(focused)?.focus();
  }

  renderSummary({ total, page, pageSize, hits }) {
    const count = total === 1 ? '1 document' : `${total.toLocaleString()} documents`;
    const first = (page - 1) * pageSize + 1;
    $('summary').textContent = total === 0
      ? 'No documents match.'
      : hits.length === 0
        ? `${count} match; page ${page} is past the last.`
        : `${count} match. Showing ${first}–${first + hits.length - 1}.`;
  }

  renderHit(hit) {
    const main = new Set(hit.mainCountries ?? []);
    const countries = [...(hit.mainCountries ?? []), ...(hit.countries ?? []).filter(c => !main.has(c))];
    const country = code => el('li', { class: main.has(code) ? 'tag country main' : 'tag country', title: main.has(code) ? 'A main country of this document' : null },
      flag(code), ' ', countryName(code), main.has(code) ? el('span', { class: 'visually-hidden', text: ' (main)' }) : null);
    return el('li', { class: 'hit' },
      el('h3', { class: 'hit-title' }, el('a', { href: documentUrl(hit.id) }, markOnly(hit.title))),
      el('p', { class: 'hit-meta' },
        el('span', { class: 'source', title: 'Source file' }, hit.sourcePath),
        ' · ',
        time(hit.published)),
      hit.snippet ? el('p', { class: 'snippet' }, markOnly(hit.snippet)) : null,
      tagList('Countries', countries, Math.max(main.size, tagsShown), country),
      tagList('Topics', hit.topics ?? [], tagsShown, id => el('li', { class: 'tag topic' }, topicName(id))));
  }

  renderFacets(facets) {
    const selectedCount = this.state.country.length + this.state.topic.length;
    $('filters-count').textContent = selectedCount ? `(${selectedCount} selected)` : '';
    const container = clear($('facets'));
    container.append(
      this.renderFacet('country', 'Country', facets.country ?? [], value => [flag(value.value), ' ', value.label]),
      this.renderFacet('topic', 'Topic', facets.topic ?? [], value => [value.label]));
    if (selectedCount) {
      container.append(el('button', {
        type: 'button', class: 'link-button', text: 'Clear all filters',
        onclick: () => this.go({ country: [], topic: [], page: 1 }),
      }));
    }
  }

  renderFacet(name, legend, values, label) {
    const selected = this.state[name];
    const expanded = this.expanded.has(name);
    // Selected values always stay visible, wherever their count ranks them.
    const visible = expanded ? values : values.filter((v, i) => i < facetsShown || v.selected);
    const list = el('ul', { class: 'facet-values' }, visible.map(value => {
      const id = `facet-${name}-${value.value}`;
      return el('li', {},
        el('input', {
          type: 'checkbox', id, name, value: value.value, checked: value.selected,
          onchange: event => {
            const next = event.target.checked ? [...selected, value.value] : selected.filter(v => v !== value.value);
            this.go({ [name]: next, page: 1 });
          },
        }),
        el('label', { for: id },
          el('span', { class: 'facet-label' }, label(value)),
          el('span', { class: 'count', 'data-count': value.count }, el('span', { class: 'visually-hidden', text: ', ' }), value.count.toLocaleString(),
            el('span', { class: 'visually-hidden', text: value.count === 1 ? ' document' : ' documents' }))));
    }));
    const fieldset = el('fieldset', { class: 'facet', 'data-facet': name }, el('legend', { text: legend }));
    if (values.length === 0) {
      fieldset.append(el('p', { class: 'muted', text: 'None in these results.' }));
      return fieldset;
    }
    append(fieldset, [list]);
    if (values.length > facetsShown) {
      fieldset.append(el('button', {
        type: 'button', id: `more-${name}`, class: 'link-button', 'aria-expanded': String(expanded),
        text: expanded ? `Show fewer ${legend.toLowerCase()} values` : `Show all ${values.length} ${legend.toLowerCase()} values`,
        onclick: () => {
          if (expanded) this.expanded.delete(name); else this.expanded.add(name);
          this.renderFacets(this.lastResponse.facets ?? {});
          document.getElementById(`more-${name}`)?.focus();
        },
      }));
    }
    return fieldset;
  }

  renderPager({ total, page, pageSize }) {
    const pager = clear($('pager'));
    const pages = Math.max(1, Math.ceil(Math.min(total, 10_000) / pageSize));
    if (pages <= 1 && page === 1) return;
    const link = (target, text, rel) => target >= 1 && target <= pages && target !== page
      ? el('a', { href: searchUrl({ ...this.state, page: target }), rel, text })
      : el('span', { class: 'disabled', 'aria-disabled': 'true', text });
    pager.append(
      link(page - 1, '← Previous', 'prev'),
      el('span', { class: 'page-of', 'aria-current': 'page', text: `Page ${page} of ${pages}` }),
      link(page + 1, 'Next →', 'next'));
  }
}
