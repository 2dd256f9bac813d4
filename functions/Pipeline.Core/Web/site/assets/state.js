// The whole page state lives in the URL query, so a search can be shared and the back button works.

export const pageSizes = [10, 20, 50];

/** Reads the view and search state from a URL's query string. */
export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const list = name => params.getAll(name).flatMap(v => v.split(',')).map(v => v.trim()).filter(Boolean);
  const positive = (name, fallback) => {
    const n = Number.parseInt(params.get(name) ?? '', 10);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  const view = params.get('doc') ? 'document' : params.get('view') === 'ingestion' ? 'ingestion' : 'search';
  return {
    view,
    doc: params.get('doc') ?? '',
    q: params.get('q') ?? '',
    country: [...new Set(list('country').map(v => v.toUpperCase()))],
    topic: [...new Set(list('topic').map(v => v.toLowerCase()))],
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: ['newest', 'oldest'].includes(params.get('sort')) ? params.get('sort') : 'relevance',
    page: positive('page', 1),
    pageSize: positive('pageSize', pageSizes[0]),
  };
}

/** The search part of the state as query parameters, leaving out defaults so URLs stay short. */
export function searchParams(state) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const c of state.country) params.append('country', c);
  for (const t of state.topic) params.append('topic', t);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== pageSizes[0]) params.set('pageSize', String(state.pageSize));
  return params;
}

export function searchUrl(state) {
  const query = searchParams(state).toString();
  return query ? `?${query}` : './';
}

export const documentUrl = id => `?doc=${encodeURIComponent(id)}`;

export const ingestionUrl = () => '?view=ingestion';
