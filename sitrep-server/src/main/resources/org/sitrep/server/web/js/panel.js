// The side panel: one event (each field with the sources that give it and the sentence it came
// from, highlighted in its document; disagreeing values and competing claims side by side) or one
// actor (aliases, relations with their evidence, events).
import { h, clear, marked, markWord } from './dom.js';
import * as api from './api.js';
import { typeColor, kindColor } from './colors.js';

const PRECISION = { 1: 'town', 2: 'near a town or part of a region', 3: 'region only' };

function place(loc) {
  if (!loc) return null;
  return [loc.name, loc.admin1, loc.country].filter(Boolean).join(', ') || null;
}

function count(c) {
  if (!c) return null;
  return (c.qualifier === 'at_least' ? 'at least ' : c.qualifier === 'about' ? 'about ' : '') + c.value;
}

function dateText(d, end) {
  return d ? (end && end !== d ? `${d} – ${end}` : d) : null;
}

// Each row: label, the event's value, a report's value, and the word to mark in the sentence.
const FIELDS = [
  ['Date', (e) => (e.date ? dateText(e.date, e.date_end) + (e.date_precision ? ` (${e.date_precision})` : '') : null), (r) => dateText(r.date, r.date_end), 'date'],
  ['Event type', (e) => e.event_type, (r) => r.event_type, null],
  ['Sub-type', (e) => e.sub_event_type, (r) => r.sub_event_type, 'sub_event_type'],
  ['Actor 1', (e) => (e.actor1 ? e.actor1.name : null), (r) => (r.actor1 ? r.actor1.name : null), 'actor1'],
  ['Actor 2', (e) => (e.actor2 ? e.actor2.name : null), (r) => (r.actor2 ? r.actor2.name : null), 'actor2'],
  ['Place', (e) => place(e.location) && `${place(e.location)} · ${PRECISION[e.location.precision] || 'no point'}`,
    (r) => place(r.location), 'location'],
  ['Fatalities', (e) => (e.fatalities ? `${e.fatalities.best} (low ${e.fatalities.low}, high ${e.fatalities.high})` : null),
    (r) => count(r.fatalities), 'fatalities'],
  ['Injuries', () => null, (r) => count(r.injuries), null],
];

/** The word of a report's value worth marking in its sentence. */
function needle(r, key) {
  if (key === 'actor1' && r.actor1) return r.actor1.name;
  if (key === 'actor2' && r.actor2) return r.actor2.name;
  if (key === 'location' && r.location) return r.location.name;
  if (key === 'fatalities' && r.fatalities) return String(r.fatalities.value);
  return null;
}

/** The panel element with its title and body. */
export class Panel {
  constructor(el, callbacks) {
    this.el = el;
    this.title = el.querySelector('#panel-title');
    this.body = el.querySelector('#panel-body');
    this.cb = callbacks;
    this.token = 0;
    el.querySelector('#panel-close').addEventListener('click', () => this.cb.onClose());
  }

  close() {
    this.el.hidden = true;
    this.el.dataset.kind = '';
    this.el.dataset.id = '';
  }

  open(kind, id, title) {
    this.el.hidden = false;
    this.el.dataset.kind = kind;
    this.el.dataset.id = id;
    this.el.dataset.state = 'loading';
    this.title.textContent = title;
    clear(this.body).append(h('p.muted', {}, 'Loading…'));
    return ++this.token;
  }

  fail(err) {
    clear(this.body).append(h('p.error', {}, err.message));
    this.el.dataset.state = 'error';
  }

  async showEvent(id) {
    const token = this.open('event', id, 'Event');
    let e;
    try {
      e = await api.get('/events/' + encodeURIComponent(id));
    } catch (err) {
      if (token === this.token) this.fail(err);
      return;
    }
    if (token !== this.token) return;
    this.title.textContent = '';
    this.title.append(h('span.swatch', { style: `background:${typeColor(e.event_type)}` }),
      `${e.sub_event_type} · ${e.date || 'undated'}`);
    const body = clear(this.body);
    body.append(
      h('p.meta', {}, `${e.event_type} · ${e.sources} source${e.sources === 1 ? '' : 's'} · ${e.reports.length} report${e.reports.length === 1 ? '' : 's'} · `,
        h('code', {}, e.id)));
    body.append(this.fields(e));
    if (e.claims.length) body.append(this.claims(e));
    const chain = e.retaliation;
    if (chain && (chain.answers.length || chain.answered_by.length)) body.append(this.retaliation(chain));
    const evidence = h('section.reports', {}, h('h3', {}, 'Evidence in the documents'));
    body.append(evidence);
    await this.reports(e, evidence, token);
    if (token === this.token) this.el.dataset.state = 'ready';
  }

  fields(e) {
    const table = h('table.fields', {}, h('caption', {}, 'Fields, the sources that give them, and the sentence each came from'));
    for (const [label, eventValue, reportValue, key] of FIELDS) {
      const groups = new Map();
      for (const r of e.reports) {
        const v = reportValue(r);
        if (v == null) continue;
        if (!groups.has(v)) groups.set(v, []);
        groups.get(v).push(r);
      }
      const value = eventValue(e);
      if (value == null && !groups.size) continue;
      const disagree = key && e.disagreements.includes(key);
      const cells = h('div.groups' + (groups.size > 1 ? '.side' : ''));
      for (const [v, reports] of groups) {
        const first = reports[0];
        cells.append(
          h('div.group', {},
            groups.size > 1 ? h('div.gvalue', {}, v) : null,
            h('blockquote.sentence', { title: first.evidence }, markWord(first.evidence, needle(first, key), 70)),
            h('div.srcs', {}, reports.map((r) =>
              h('button.src', { type: 'button', title: 'Show in its document', onclick: () => this.jump(r.id) },
                r.document_title || r.document_id)))));
      }
      table.append(
        h('tr' + (disagree ? '.disagree' : ''), {},
          h('th', { scope: 'row' }, label, disagree ? h('span.flag', { title: 'sources disagree' }, ' sources disagree') : null),
          h('td', {}, h('div.value', {}, value == null ? '—' : value), cells)));
    }
    return table;
  }

  claims(e) {
    const byId = new Map(e.reports.map((r) => [r.id, r]));
    return h('section.claims', {},
      h('h3', {}, e.claims.length > 1 ? 'Competing claims' : 'Claim'),
      h('div.side', {}, e.claims.map((c) =>
        h('div.group', {},
          h('div.gvalue', {}, h('button.link', { type: 'button', onclick: () => this.cb.onActor(c.actor.id) }, c.actor.name)),
          c.report_ids.map((rid) => byId.get(rid)).filter(Boolean).map((r) =>
            h('blockquote.sentence', {}, markWord(r.evidence, c.actor.name),
              h('cite', {}, ' — ', r.document_title || r.document_id, ` (${r.modality})`)))))));
  }

  retaliation(chain) {
    const ref = (x) => h('li', {}, h('button.link', { type: 'button', onclick: () => this.cb.onEvent(x.id) },
      `${x.date || 'undated'} · ${x.sub_event_type} · ${x.actor1 ? x.actor1.name : '?'}${x.actor2 ? ' vs ' + x.actor2.name : ''}`));
    return h('section.retaliation', {},
      h('h3', {}, 'Retaliation chain'),
      chain.answers.length ? [h('p.muted', {}, 'Answers (nearest first):'), h('ul', {}, chain.answers.map(ref))] : null,
      chain.answered_by.length ? [h('p.muted', {}, 'Answered by:'), h('ul', {}, chain.answered_by.map(ref))] : null);
  }

  async reports(e, section, token) {
    const ids = [...new Set(e.reports.map((r) => r.document_id))];
    const docs = new Map();
    await Promise.all(ids.map(async (id) => {
      try {
        docs.set(id, await api.get('/documents/' + encodeURIComponent(id)));
      } catch (err) {
        docs.set(id, null);
      }
    }));
    if (token !== this.token) return;
    for (const r of e.reports) {
      const doc = docs.get(r.document_id);
      const text = h('p.doctext', {});
      let whole = false;
      const draw = () => {
        clear(text);
        if (doc) text.append(...marked(doc.text, r.span.begin, r.span.end, whole ? 0 : 320, 'evidence'));
        else text.append(h('mark.evidence', {}, r.evidence));
      };
      draw();
      const toggle = h('button.link', { type: 'button' }, 'whole document');
      toggle.addEventListener('click', () => {
        whole = !whole;
        toggle.textContent = whole ? 'excerpt' : 'whole document';
        draw();
        text.querySelector('mark').scrollIntoView({ block: 'center' });
      });
      section.append(
        h('article.report', { id: 'report-' + r.id, dataset: { report: r.id, document: r.document_id } },
          h('header', {},
            h('span.doc-title', {}, r.document_title || r.document_id),
            h('span.muted', {}, ` · ${r.document_source || ''}${doc && doc.published ? ' · ' + doc.published : ''}`),
            h('span.badge.' + r.modality, {}, r.modality),
            h('span.muted', {}, ` confidence ${r.confidence.toFixed(2)} · `),
            toggle),
          text));
    }
  }

  jump(reportId) {
    const el = this.body.querySelector(`[data-report="${CSS.escape(reportId)}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.classList.add('flash');
    setTimeout(() => el.classList.remove('flash'), 1200);
  }

  async showActor(id) {
    const token = this.open('actor', id, 'Actor');
    let a;
    try {
      a = await api.get('/actors/' + encodeURIComponent(id));
    } catch (err) {
      if (token === this.token) this.fail(err);
      return;
    }
    if (token !== this.token) return;
    this.title.textContent = '';
    this.title.append(h('span.swatch', { style: `background:${kindColor(a.kind)}` }), a.name);
    const actorLink = (ref) => h('button.link', { type: 'button', onclick: () => this.cb.onActor(ref.id) }, ref.name);
    const body = clear(this.body);
    // Through h(), which leaves out the parts that are null (append() would print "null").
    body.append(h('div', {},
      h('p.meta', {}, `${a.kind || 'kind unknown'}${a.country ? ' · ' + a.country : ''} · ${a.events} events · `, h('code', {}, a.id)),
      h('p', {}, h('button', { type: 'button', onclick: () => this.cb.onFilterActor(a.id) }, 'Filter every view to this actor')),
      a.parent ? h('p', {}, 'Part of: ', actorLink({ id: a.parent, name: a.parent })) : null,
      h('h3', {}, 'Aliases'),
      a.aliases.length ? h('ul.chips', {}, a.aliases.map((x) => h('li', {}, x))) : h('p.muted', {}, 'none'),
      h('h3', {}, 'Relations'),
      a.relations.length
        ? h('ul.relations', {}, a.relations.map((r) =>
          h('li', {},
            actorLink(r.subject), ' ', h('span.rel', {}, r.type.replace(/_/g, ' ')), ' ', actorLink(r.object),
            r.prior ? h('span.badge.prior', { title: 'from the actor registry, not read from a document' }, 'background')
              : h('blockquote.sentence', {}, r.evidence || '', r.document_id ? h('cite', {}, ' — ', r.document_id) : null))))
        : h('p.muted', {}, 'none recorded'),
      h('h3', {}, 'Shares events with'),
      a.co_actors.length
        ? h('ul.coactors', {}, a.co_actors.map((c) =>
          h('li', {}, h('span.swatch', { style: `background:${kindColor(c.kind)}` }), actorLink(c.actor),
            h('span.muted', {}, ` ${c.events} events, ${c.documents} documents`))))
        : h('p.muted', {}, 'none'),
      h('h3', {}, `Events (${a.event_list.length}, in time order)`),
      h('ul.eventlist', {}, a.event_list.map((x) =>
        h('li', {}, h('button.link', { type: 'button', onclick: () => this.cb.onEvent(x.id) },
          `${x.date || 'undated'} · ${x.sub_event_type} · ${x.actor1 ? x.actor1.name : '?'}${x.actor2 ? ' vs ' + x.actor2.name : ''}`))))));
    this.el.dataset.state = 'ready';
  }
}
