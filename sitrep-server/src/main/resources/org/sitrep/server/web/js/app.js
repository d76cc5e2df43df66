// The analyst's page: one set of filters (kept in the URL) drives the time line, the map, the
// actor network and the event table; the side panel shows one event or actor with its evidence.
import { h, clear } from './dom.js';
import * as api from './api.js';
import { FILTERS, readFilters, readPanel, write } from './state.js';
import { Timeline } from './timeline.js';
import { EventMap } from './map.js';
import { Network, actorsOf } from './network.js';
import { EventTable } from './table.js';
import { Panel } from './panel.js';

// The map and table draw at most this many events, the newest; the time line and the counts
// come from /stats and cover the whole selection.
const MAX_EVENTS = 5000;
const $ = (id) => document.getElementById(id);

let filters = readFilters();
let panelState = readPanel();
let generation = 0;
let controller = null;
const actorNames = new Map();

const form = $('filters');
const timeline = new Timeline($('timeline'), $('timeline-hint'), (from, to) => setFilters({ ...filters, from, to }));
const map = new EventMap($('map'), $('map-hint'), (id) => openPanel({ kind: 'event', id }));
const network = new Network($('network'), $('network-list'), $('network-hint'), (id) => {
  setFilters({ ...filters, actor: id }, { kind: 'actor', id });
});
const table = new EventTable($('events'), $('table-hint'), (id) => openPanel({ kind: 'event', id }));
const panel = new Panel($('panel'), {
  onEvent: (id) => openPanel({ kind: 'event', id }),
  onActor: (id) => openPanel({ kind: 'actor', id }),
  onFilterActor: (id) => setFilters({ ...filters, actor: id }, { kind: 'actor', id }),
  onClose: () => openPanel(null),
});

/** Fills the filter bar's lists from the whole store (not the filtered selection). */
async function loadChoices() {
  const [stats, actors] = await Promise.all([api.get('/stats'), api.get('/actors', { limit: 500 })]);
  const fill = (select, counts) => {
    for (const c of counts) {
      if (c.key != null) select.append(h('option', { value: c.key }, `${c.key} (${c.count})`));
    }
  };
  fill($('f-country'), stats.by_country);
  fill($('f-type'), stats.by_type);
  fill($('f-sub_type'), stats.by_sub_type);
  const list = $('actor-names');
  for (const a of actors.items) {
    actorNames.set(a.id, a.name);
    list.append(h('option', { value: a.name }));
  }
  showFilters();
}

/** The filter bar shows the filters in force; an actor id shows as its name. */
function showFilters() {
  for (const k of FILTERS) {
    const input = $('f-' + k);
    let v = filters[k] || '';
    if (k === 'actor' && actorNames.has(v)) v = actorNames.get(v);
    if (input.tagName === 'SELECT' && v && ![...input.options].some((o) => o.value === v)) {
      input.append(h('option', { value: v }, v));
    }
    input.value = v;
  }
  const n = Object.keys(filters).length;
  $('f-clear').textContent = n ? `Clear (${n})` : 'Clear';
}

function readForm() {
  const f = {};
  for (const k of FILTERS) {
    const v = $('f-' + k).value.trim();
    if (!v) continue;
    if (k === 'actor') {
      // A name picked from the list filters by that actor's id, an exact match.
      const id = [...actorNames].find(([, name]) => name === v);
      const shown = actorNames.get(filters.actor);
      f.actor = id ? id[0] : shown === v ? filters.actor : v;
    } else f[k] = v;
  }
  return f;
}

function setFilters(next, nextPanel) {
  filters = next;
  if (nextPanel !== undefined) panelState = nextPanel;
  write(filters, panelState, true);
  showFilters();
  refresh();
  showPanel();
}

function openPanel(p) {
  panelState = p;
  write(filters, panelState, true);
  showPanel();
}

let returnFocus = null;

function showPanel() {
  const p = panelState;
  if (!p) {
    const wasOpen = !panel.el.hidden;
    panel.close();
    // Back to where the reader was before the panel took the focus.
    if (wasOpen && returnFocus && document.contains(returnFocus)) returnFocus.focus();
    map.select(null);
    table.select(null);
    return;
  }
  if (panel.el.dataset.kind === p.kind && panel.el.dataset.id === p.id && !panel.el.hidden) return;
  if (p.kind === 'event') {
    panel.showEvent(p.id);
    map.select(p.id);
    table.select(p.id);
  } else panel.showActor(p.id);
  if (!panel.el.contains(document.activeElement)) returnFocus = document.activeElement;
  panel.el.focus({ preventScroll: true });
}

function error(err) {
  const box = $('error');
  if (!err) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const named = err.parameter && !err.message.startsWith(err.parameter + ':');
  box.textContent = (named ? `${err.parameter}: ` : '') + err.message;
  if (err.parameter && $('f-' + err.parameter)) $('f-' + err.parameter).setAttribute('aria-invalid', 'true');
}

/** Loads the selection and redraws every view; a newer call wins over an older one. */
async function refresh() {
  const mine = ++generation;
  if (controller) controller.abort();
  controller = new AbortController();
  const signal = controller.signal;
  document.body.dataset.state = 'loading';
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  try {
    const range = { from: filters.from, to: filters.to };
    const [stats, events, net] = await Promise.all([
      api.get('/stats', filters, signal),
      api.allEvents(filters, MAX_EVENTS, signal),
      // The heaviest ties only: past a few hundred edges the drawing is a hairball.
      api.get('/network', { ...range, max_nodes: 80, max_edges: 300 }, signal),
    ]);
    if (mine !== generation) return;
    error(null);
    timeline.update(stats);
    map.update(events.items, events.total);
    table.update(events.items, events.total);
    const narrowed = Object.keys(filters).some((k) => k !== 'from' && k !== 'to');
    network.update(net, narrowed ? actorsOf(events.items) : null, filters.actor);
    clear($('summary')).append(
      `${events.total} events · ${stats.documents} documents · ${stats.actors} actors`,
      Object.keys(filters).length ? h('span.muted', {}, ' (filtered)') : '');
    document.body.dataset.state = 'ready';
  } catch (err) {
    if (err.name === 'AbortError' || mine !== generation) return;
    error(err);
    document.body.dataset.state = 'error';
  }
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  setFilters(readForm());
});
for (const k of ['country', 'type', 'sub_type']) $('f-' + k).addEventListener('change', () => setFilters(readForm()));
$('f-clear').addEventListener('click', () => setFilters({}));
window.addEventListener('popstate', () => {
  filters = readFilters();
  panelState = readPanel();
  showFilters();
  refresh();
  showPanel();
});
document.addEventListener('keydown', (ev) => {
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(ev.target.tagName);
  if (ev.key === 'Escape' && !panel.el.hidden) {
    openPanel(null);
  } else if (ev.key === '/' && !typing) {
    ev.preventDefault();
    $('f-q').focus();
  } else if (ev.key === 't' && !typing) {
    const row = $('events').tBodies[0].rows[0];
    if (row) row.focus();
  }
});

// For the browser tests and the curious: the live view objects.
window.sitrep = { timeline, map, network, table, panel };
loadChoices().catch(error);
refresh();
showPanel();
