// The map: Leaflet over the Natural Earth countries bundled in the jar (world-atlas), no tiles.
// A point is drawn as precisely as it is known: a town (precision 1) as a solid dot, near a town
// (2) as a dashed ring, a region (3) as a shaded area with no dot, so no region-level event looks
// like a pin on a town. Dots are sized by fatalities, coloured by type, clustered when dense.
import { h } from './dom.js';
import { typeColor } from './colors.js';

// About the size of a small first-level region: drawn as an area, never as a point.
const REGION_RADIUS_M = 80000;

function radius(e) {
  const f = e.fatalities ? e.fatalities.best : 0;
  return Math.round(Math.min(26, 9 + 4 * Math.sqrt(f)));
}

/** The map view in el; onEvent(id) is called when the user picks an event on it. */
export class EventMap {
  constructor(el, hint, onEvent) {
    this.el = el;
    this.hint = hint;
    this.onEvent = onEvent;
    this.markers = new Map();
    this.map = L.map(el, { zoomSnap: 0.25, worldCopyJump: true, minZoom: 1, maxZoom: 13 });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Countries: Natural Earth (world-atlas)');
    this.map.setView([10, 20], 2);
    this.base = fetch('vendor/world-atlas/countries-50m.json')
      .then((r) => r.json())
      .then((topo) => {
        const land = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(land, {
          interactive: false,
          style: { color: '#b3ada0', weight: 0.7, fillColor: '#f4f2ec', fillOpacity: 1 },
        }).addTo(this.map);
        el.dataset.base = String(land.features.length);
      });
    this.regions = L.layerGroup().addTo(this.map);
    this.clusters = L.markerClusterGroup({
      maxClusterRadius: 34,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      disableClusteringAtZoom: 11,
      iconCreateFunction: (c) => {
        const n = c.getChildCount();
        const s = n < 10 ? 26 : n < 100 ? 32 : 40;
        return L.divIcon({ html: '', className: 'ev-cluster', iconSize: [s, s], iconAnchor: [s / 2, s / 2] });
      },
    });
    // Cluster counts are set as text after the icon is made (divIcon html is markup; none used).
    this.clusters.on('animationend', () => this.labelClusters());
    this.map.on('zoomend moveend', () => this.labelClusters());
    this.map.addLayer(this.clusters);
    this.addLegend();
  }

  labelClusters() {
    if (this.selected) this.select(this.selected);
    this.clusters._featureGroup.eachLayer((layer) => {
      if (layer instanceof L.MarkerCluster && layer._icon) {
        layer._icon.textContent = String(layer.getChildCount());
        layer._icon.setAttribute('aria-label', layer.getChildCount() + ' events; Enter to zoom in');
      }
    });
  }

  addLegend() {
    const legend = L.control({ position: 'bottomleft' });
    legend.onAdd = () =>
      h('div.map-legend', {},
        h('span.lg-dot', {}), ' town ',
        h('span.lg-ring', {}), ' near a town ',
        h('span.lg-area', {}), ' region only · size: fatalities');
    legend.addTo(this.map);
  }

  update(events, total) {
    this.clusters.clearLayers();
    this.regions.clearLayers();
    this.markers.clear();
    const pins = [];
    let regional = 0;
    let unplaced = 0;
    const bounds = [];
    for (const e of events) {
      const loc = e.location;
      if (!loc || loc.lat == null || loc.lon == null) {
        unplaced++;
        continue;
      }
      const ll = [loc.lat, loc.lon];
      bounds.push(ll);
      const title = `${e.date || 'undated'} · ${e.sub_event_type} · ${loc.name || loc.admin1 || loc.country || ''}` +
        (e.fatalities ? ` · ${e.fatalities.best} killed` : '');
      if (loc.precision === 3) {
        regional++;
        const area = L.circle(ll, {
          radius: REGION_RADIUS_M,
          color: typeColor(e.event_type),
          weight: 1,
          dashArray: '3 4',
          fillColor: typeColor(e.event_type),
          fillOpacity: 0.12,
          className: 'ev-region',
        });
        area.bindTooltip(title + ' (region-level: no precise place)', { sticky: true });
        area.on('click', () => this.onEvent(e.id));
        area.addTo(this.regions);
        continue;
      }
      const r = radius(e);
      const marker = L.marker(ll, {
        title,
        alt: title,
        keyboard: true,
        icon: L.divIcon({
          html: '',
          className: 'ev-pin' + (loc.precision === 2 ? ' approx' : ''),
          iconSize: [r, r],
          iconAnchor: [r / 2, r / 2],
        }),
      });
      marker.on('add', () => this.paint(marker, e));
      marker.on('click', () => this.onEvent(e.id));
      this.markers.set(e.id, marker);
      pins.push(marker);
    }
    this.clusters.addLayers(pins);
    this.el.dataset.points = String(pins.length);
    this.el.dataset.regions = String(regional);
    this.el.dataset.unplaced = String(unplaced);
    this.hint.textContent =
      `${pins.length} placed · ${regional} region-level` + (unplaced ? ` · ${unplaced} without a place` : '') +
      (total > events.length ? ` · the newest ${events.length} of ${total} events` : '');
    if (bounds.length) this.map.fitBounds(bounds, { paddingTopLeft: [48, 24], paddingBottomRight: [24, 44], maxZoom: 8, animate: false });
    else this.map.setView([10, 20], 2, { animate: false });
    if (this.selected) this.select(this.selected);
    this.base.then(() => {
      this.labelClusters();
      this.el.dataset.state = 'ready';
    });
  }

  paint(marker, e) {
    const icon = marker.getElement();
    if (!icon) return;
    icon.style.setProperty('--c', typeColor(e.event_type));
    icon.dataset.event = e.id;
    if (this.selected === e.id) icon.classList.add('selected');
  }

  /** Marks the event's dot, or the cluster that holds it, as the one open in the panel. */
  select(id) {
    this.selected = id;
    for (const [eid, m] of this.markers) {
      const icon = m.getElement();
      if (icon) icon.classList.toggle('selected', eid === id);
    }
    for (const el of this.el.querySelectorAll('.ev-cluster.selected')) el.classList.remove('selected');
    const marker = this.markers.get(id);
    if (marker && !marker.getElement() && this.clusters.hasLayer(marker)) {
      const parent = this.clusters.getVisibleParent(marker);
      if (parent && parent.getElement()) parent.getElement().classList.add('selected');
    }
  }
}
