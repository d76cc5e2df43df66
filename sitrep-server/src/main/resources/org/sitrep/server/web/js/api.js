// The page's only way to the data: the server's own JSON API, same origin.

/** An error the API answered with ({"error", "detail", "parameter"}). */
export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.detail ? body.detail : 'HTTP ' + status);
    this.status = status;
    this.parameter = body ? body.parameter : null;
  }
}

/** GET /api/v1 + path with the given query parameters (empty ones left out). */
export async function get(path, params, signal) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v != null && v !== '') qs.set(k, v);
  }
  const url = '/api/v1' + path + (qs.toString() ? '?' + qs : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

/** Every event of the selection, page by page, up to cap. */
export async function allEvents(filters, cap, signal) {
  const items = [];
  let cursor = null;
  let total = 0;
  do {
    const page = await get('/events', { ...filters, sort: '-date', limit: 500, cursor }, signal);
    items.push(...page.items);
    total = page.total;
    cursor = page.next_cursor;
  } while (cursor && items.length < cap);
  return { items, total };
}
