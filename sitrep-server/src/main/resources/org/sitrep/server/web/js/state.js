// The filters and the open panel live in the URL, so a view can be bookmarked and shared:
// ?from=2024-01&country=XX&actor=...#event/ID or #actor/ID.

/** The filter names, in the order the API and the filter bar use them. */
export const FILTERS = ['from', 'to', 'country', 'actor', 'type', 'sub_type', 'min_sources', 'q'];

/** The filters in the URL now. */
export function readFilters() {
  const qs = new URLSearchParams(location.search);
  const f = {};
  for (const k of FILTERS) {
    const v = qs.get(k);
    if (v) f[k] = v;
  }
  return f;
}

/** The panel the URL asks for: {kind: 'event'|'actor', id} or null. */
export function readPanel() {
  const m = /^#(event|actor)\/(.+)$/.exec(location.hash);
  return m ? { kind: m[1], id: decodeURIComponent(m[2]) } : null;
}

/** Puts filters and panel into the URL; push makes a history entry (Back undoes it). */
export function write(filters, panel, push) {
  const qs = new URLSearchParams();
  for (const k of FILTERS) if (filters[k]) qs.set(k, filters[k]);
  const hash = panel ? '#' + panel.kind + '/' + encodeURIComponent(panel.id) : '';
  const url = location.pathname + (qs.toString() ? '?' + qs : '') + hash;
  if (url === location.pathname + location.search + location.hash) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
