// Calls to the pipeline's HTTP API; a problem+json answer becomes an ApiError with the API's own words.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}.`);
    this.status = status;
    this.errors = problem?.errors ?? {};
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, { detail: 'The server could not be reached. Is the pipeline running?' });
  }
  const type = response.headers.get('Content-Type') ?? '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export const search = (params, signal) => getJson(`api/search?${params}`, signal);

export const getDocument = (id, signal) => getJson(`api/documents/${encodeURIComponent(id)}`, signal);

export const getStatus = (path, signal) => getJson(`api/status?path=${encodeURIComponent(path)}`, signal);

/** Lists answer either a bare array or {items: [...]}; accept both. */
const items = body => (Array.isArray(body) ? body : Array.isArray(body?.items) ? body.items : []);

export const getRecentFiles = async (limit, signal) => items(await getJson(`api/files?limit=${limit}`, signal));

/** Dead letters, newest first; null when this deployment has no failures route (the caller falls back to recent files). */
export async function getFailures(limit, signal) {
  try {
    const body = await getJson(`api/failures?limit=${limit}`, signal);
    return Array.isArray(body?.failures) ? body.failures : items(body);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405)) return null;
    throw error;
  }
}
