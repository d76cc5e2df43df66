// The actor network (Cytoscape.js): actors as nodes coloured by kind and sized by events; relations
// and shared events as edges weighted by evidence. The API gives the network over a date range;
// the other filters keep the actors that take part in the events in view, so every filter narrows
// this view too. Clicking an actor filters the other views to it.
import { h, clear } from './dom.js';
import { kindColor } from './colors.js';

const EDGE_COLORS = {
  adversary_of: '#b5473a',
  allied_with: '#5c8a4a',
  backed_by: '#7b5aa6',
  part_of: '#52606d',
  leader_of: '#52606d',
  co_participation: '#a9adb3',
};

/** The actors named in the events: actor1, actor2 and claimants. */
export function actorsOf(events) {
  const ids = new Set();
  for (const e of events) {
    if (e.actor1) ids.add(e.actor1.id);
    if (e.actor2) ids.add(e.actor2.id);
    for (const c of e.claims || []) ids.add(c.actor.id);
  }
  return ids;
}

/** The network view in el, with a keyboard-usable list of its actors in listEl. */
export class Network {
  constructor(el, listEl, hint, onActor) {
    this.el = el;
    this.listEl = listEl;
    this.hint = hint;
    this.onActor = onActor;
    this.cy = cytoscape({
      container: el,
      minZoom: 0.2,
      maxZoom: 3,
            boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)',
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(label)',
            'font-size': 10,
            'font-family': 'system-ui, sans-serif',
            color: '#2b2f33',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'ellipsis',
            'text-max-width': 120,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.7,
            'text-background-padding': 1,
            'border-width': 1,
            'border-color': '#ffffff',
          },
        },
        { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#1d1f22' } },
        { selector: 'node.hover', style: { label: 'data(name)', 'z-index': 10 } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(color)',
            'target-arrow-color': 'data(color)',
            'curve-style': 'bezier',
            opacity: 0.75,
          },
        },
        { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7 } },
        { selector: 'edge[?prior]', style: { 'line-style': 'dashed' } },
      ],
    });
    this.cy.on('tap', 'node', (evt) => this.onActor(evt.target.id()));
    this.cy.on('mouseover', 'node', (evt) => evt.target.addClass('hover'));
    this.cy.on('mouseout', 'node', (evt) => evt.target.removeClass('hover'));
    new ResizeObserver(() => {
      this.cy.resize();
      this.cy.fit(undefined, 24);
      this.legible();
    }).observe(el);
    this.cy.on('zoom', () => this.legible());
  }

  /** Keeps names about 11 pixels high on screen whatever the zoom, so a fitted graph stays readable. */
  legible() {
    const z = this.cy.zoom() || 1;
    const grow = z < 1 ? Math.min(1.8, 1 / Math.sqrt(z)) : 1;
    this.cy.nodes().forEach((n) => {
      n.style({ 'font-size': 11 / z, 'text-max-width': 130 / z, width: n.data('size') * grow, height: n.data('size') * grow });
    });
  }

  /** Draws network limited to the actors in keep (all of it when keep is null). */
  update(network, keep, focusId) {
    const kept = network.nodes.filter((n) => !keep || keep.has(n.id));
    const keptIds = new Set(kept.map((n) => n.id));
    const edges = network.edges.filter((e) => keptIds.has(e.source) && keptIds.has(e.target));
    // Actors with no tie in view would stand in a row of their own; they stay in the list below.
    const tied = new Set(edges.flatMap((e) => [e.source, e.target]));
    const nodes = kept.filter((n) => tied.has(n.id) || n.id === focusId || kept.length <= 12);
    const loose = kept.length - nodes.length;
    const maxW = Math.max(1, ...edges.map((e) => e.weight));
    const maxEvents = Math.max(1, ...nodes.map((n) => n.events));
    // Names on the busiest actors only, so the drawing stays readable; the rest show on hover and
    // all of them in the list below.
    const named = new Set([...nodes].sort((a, b) => b.events - a.events || b.degree - a.degree).slice(0, 8).map((n) => n.id));
    if (focusId) named.add(focusId);
    this.cy.elements().remove();
    this.cy.add([
      ...nodes.map((n) => ({
        group: 'nodes',
        data: {
          id: n.id,
          label: named.has(n.id) ? n.name : '',
          name: n.name,
          color: kindColor(n.kind),
          size: Math.round(12 + 26 * Math.sqrt(n.events / maxEvents)),
        },
        classes: n.id === focusId ? 'focus' : '',
      })),
      ...edges.map((e, i) => ({
        group: 'edges',
        data: {
          id: 'e' + i,
          source: e.source,
          target: e.target,
          directed: e.directed,
          prior: e.prior,
          color: EDGE_COLORS[e.kind] || '#a9adb3',
          width: 1 + 5 * Math.sqrt(e.weight / maxW),
        },
      })),
    ]);
    this.cy
      .layout({
        name: nodes.length > 2 ? 'cose' : 'grid',
        animate: false,
        randomize: false,
        nodeRepulsion: () => 60000,
        // Leaves close to their actor, room between the hubs for their names.
        idealEdgeLength: (e) => (e.source().degree() === 1 || e.target().degree() === 1 ? 30 : 95),
        edgeElasticity: () => 80,
        gravity: 40,
        componentSpacing: 30,
        // The names count as part of a node, so the layout keeps them apart.
        nodeDimensionsIncludeLabels: true,
        numIter: 1500,
        padding: 24,
        fit: true,
      })
      .run();
    this.legible();
    this.el.dataset.nodes = String(nodes.length);
    this.el.dataset.edges = String(edges.length);
    this.el.dataset.state = 'ready';
    this.el.dataset.actors = String(kept.length);
    this.hint.textContent = `${kept.length} actors · ${edges.length} ties` +
      (loose ? ` · ${loose} with no tie listed below only` : '') +
      (network.truncated ? ' (largest shown)' : '') + ' · click an actor to filter';
    const legend = clear(document.getElementById('network-legend'));
    const kinds = [...new Set(kept.map((n) => n.kind || 'unknown'))].sort();
    for (const k of kinds) legend.append(h('span', {}, h('span.swatch', { style: `background:${kindColor(k)}` }), k));
    legend.append(h('span', {}, '— relation · ┄ background knowledge · grey: shared events'));
    clear(this.listEl);
    const byEvents = [...kept].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
    for (const n of byEvents) {
      this.listEl.append(
        h('li', {},
          h('button.actor-chip', { type: 'button', dataset: { actor: n.id }, onclick: () => this.onActor(n.id) },
            h('span.swatch', { style: `background:${kindColor(n.kind)}` }),
            n.name,
            h('span.count', {}, ` ${n.events}`))));
    }
  }
}
