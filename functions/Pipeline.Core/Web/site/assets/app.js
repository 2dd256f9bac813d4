// The search page: a small router over the URL query (?q=…, ?doc=id, ?view=ingestion) with history.pushState.
import { DocumentView } from './document-view.js';
import { IngestionView } from './ingestion-view.js';
import { SearchView } from './search-view.js';
import { readState } from './state.js';

const sections = {
  search: document.getElementById('search-view'),
  document: document.getElementById('document-view'),
  ingestion: document.getElementById('ingestion-view'),
};
const navLinks = { search: document.getElementById('nav-search'), ingestion: document.getElementById('nav-ingestion') };

let lastSearchUrl = './';
let currentView = null;

function navigate(url) {
  history.pushState(null, '', url);
  route();
}

const searchView = new SearchView(navigate);
const documentView = new DocumentView(sections.document);
const ingestionView = new IngestionView(sections.ingestion);

async function route() {
  const state = readState();
  const changedView = currentView !== null && currentView !== state.view;
  currentView = state.view;
  for (const [name, section] of Object.entries(sections)) section.hidden = name !== state.view;
  for (const [name, link] of Object.entries(navLinks)) {
    if (name === state.view) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }

  let heading = null;
  if (state.view === 'search') {
    lastSearchUrl = location.search || './';
    document.title = state.q ? `${state.q} — Pipeline search` : 'Pipeline search';
    heading = document.getElementById('q');
    const searched = searchView.show(state);
    if (changedView) heading.focus();
    await searched;
    return;
  }

  if (state.view === 'document') {
    document.title = 'Document — Pipeline';
    heading = await documentView.show(state.doc, lastSearchUrl);
  } else {
    document.title = 'Ingestion — Pipeline';
    heading = await ingestionView.show();
  }

  // Moving between views moves focus to the new view's heading, as a page load would for a screen reader.
  if (changedView && heading?.isConnected) heading.focus();
}

// Same-page links (results, pager, navigation) change the URL without a reload; modified clicks open new tabs as usual.
document.addEventListener('click', event => {
  const link = event.target.closest?.('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (link.target || link.getAttribute('href').startsWith('#')) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) return;
  event.preventDefault();
  navigate(url.search || './');
});

window.addEventListener('popstate', route);
route();
