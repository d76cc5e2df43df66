// The event table: sortable by any column (click or Enter on its header), rows reachable with
// the arrow keys, Enter or a click opens the event panel.
import { h, clear } from './dom.js';
import { typeColor } from './colors.js';

const PRECISION = { 1: 'town', 2: 'near town', 3: 'region' };

const COLUMNS = [
  { key: 'date', label: 'Date', get: (e) => e.date || '' },
  { key: 'type', label: 'Type', get: (e) => e.event_type },
  { key: 'sub', label: 'Sub-type', get: (e) => e.sub_event_type },
  { key: 'a1', label: 'Actor 1', get: (e) => (e.actor1 ? e.actor1.name : '') },
  { key: 'a2', label: 'Actor 2', get: (e) => (e.actor2 ? e.actor2.name : '') },
  { key: 'place', label: 'Place', get: (e) => (e.location ? e.location.name || '' : '') },
  { key: 'admin1', label: 'Admin 1', get: (e) => (e.location ? e.location.admin1 || '' : '') },
  { key: 'country', label: 'Ctry', get: (e) => (e.location ? e.location.country || '' : '') },
  { key: 'fat', label: 'Killed', num: true, get: (e) => (e.fatalities ? e.fatalities.best : -1) },
  { key: 'src', label: 'Src', num: true, get: (e) => e.sources },
  { key: 'dis', label: 'Disagree', num: true, get: (e) => e.disagreements.length },
];

const MAX_ROWS = 2000;

// Short names of the fields sources disagree on, so the column stays narrow.
const SHORT = { date: 'date', sub_event_type: 'type', actor1: 'actor 1', actor2: 'actor 2', location: 'place', fatalities: 'killed', claims: 'claims' };

/** The table view. */
export class EventTable {
  constructor(table, hint, onEvent) {
    this.table = table;
    this.hint = hint;
    this.onEvent = onEvent;
    this.events = [];
    this.sort = { key: 'date', dir: -1 };
    this.selected = null;
    const head = table.tHead.rows[0];
    for (const c of COLUMNS) {
      head.append(
        h('th', { scope: 'col', class: c.num ? 'num' : null, dataset: { key: c.key } },
          h('button.sort', { type: 'button', onclick: () => this.sortBy(c.key) }, c.label)));
    }
    table.tBodies[0].addEventListener('keydown', (ev) => this.key(ev));
  }

  sortBy(key) {
    this.sort = { key, dir: this.sort.key === key ? -this.sort.dir : key === 'date' || key === 'fat' || key === 'src' ? -1 : 1 };
    this.render();
  }

  key(ev) {
    const row = ev.target.closest('tr');
    if (!row) return;
    let next = null;
    if (ev.key === 'ArrowDown') next = row.nextElementSibling;
    else if (ev.key === 'ArrowUp') next = row.previousElementSibling;
    else if (ev.key === 'Home') next = row.parentElement.firstElementChild;
    else if (ev.key === 'End') next = row.parentElement.lastElementChild;
    else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      this.onEvent(row.dataset.event);
      return;
    }
    if (next) {
      ev.preventDefault();
      next.focus();
    }
  }

  update(events, total) {
    this.events = events;
    this.total = total;
    this.render();
  }

  render() {
    const col = COLUMNS.find((c) => c.key === this.sort.key);
    const dir = this.sort.dir;
    const rows = [...this.events].sort((a, b) => {
      const x = col.get(a);
      const y = col.get(b);
      const c = col.num ? x - y : String(x).localeCompare(String(y));
      return c * dir || a.id.localeCompare(b.id);
    });
    for (const th of this.table.tHead.rows[0].cells) {
      th.setAttribute('aria-sort', th.dataset.key === col.key ? (dir > 0 ? 'ascending' : 'descending') : 'none');
    }
    const body = clear(this.table.tBodies[0]);
    for (const e of rows.slice(0, MAX_ROWS)) {
      const loc = e.location;
      body.append(
        h('tr', { tabindex: 0, dataset: { event: e.id }, class: e.id === this.selected ? 'selected' : null,
          onclick: () => this.onEvent(e.id) },
          h('td.date', {}, e.date || 'undated'),
          h('td', {}, h('span.swatch', { style: `background:${typeColor(e.event_type)}` }), e.event_type),
          h('td', {}, e.sub_event_type),
          h('td', {}, e.actor1 ? e.actor1.name : '—'),
          h('td', {}, e.actor2 ? e.actor2.name : '—'),
          h('td', {}, loc ? loc.name || '' : '', loc && loc.precision ? h('span.prec', {}, ' ' + PRECISION[loc.precision]) : ''),
          h('td', {}, loc ? loc.admin1 || '' : ''),
          h('td', {}, loc ? loc.country || '' : ''),
          h('td.num', {}, e.fatalities ? fatal(e.fatalities) : '—'),
          h('td.num', {}, String(e.sources)),
          h('td.dis', { title: e.disagreements.join(', ') }, e.disagreements.map((d) => SHORT[d] || d).join(', '))));
    }
    this.table.dataset.rows = String(Math.min(rows.length, MAX_ROWS));
    this.table.dataset.state = 'ready';
    this.hint.textContent = `${this.events.length} of ${this.total}` +
      (rows.length > MAX_ROWS ? ` (first ${MAX_ROWS} shown)` : '') + ' · arrows move, Enter opens';
  }

  /** Marks the row of the event open in the panel. */
  select(id) {
    this.selected = id;
    for (const tr of this.table.tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.event === id);
  }
}

function fatal(f) {
  return f.low === f.high ? String(f.best) : `${f.best} (${f.low}–${f.high})`;
}
