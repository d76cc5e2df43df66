// The time line: events dated to a day, per day or per week, stacked by event type (uPlot).
// Dragging across it selects a date range, which becomes the From/To filter.
import { typeColor } from './colors.js';

const DAY = 86400;

function dayOf(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 1000;
}

/** YYYY-MM-DD of a time in seconds (UTC). */
export function isoDay(t) {
  return new Date(t * 1000).toISOString().slice(0, 10);
}

/** The bucket sizes: a day, an ISO week, a calendar month. */
export const STEPS = ['day', 'week', 'month'];

function startOf(t, step) {
  const d = new Date(t * 1000);
  if (step === 'week') return t - ((d.getUTCDay() + 6) % 7) * DAY;
  if (step === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000;
  return t;
}

function next(t, step) {
  if (step === 'month') {
    const d = new Date(t * 1000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
  }
  return t + (step === 'week' ? 7 : 1) * DAY;
}

/**
 * Buckets by_day_type counts per day, week or month, whichever keeps the bars wide enough to read
 * (at most about 200 of them); returns {xs, ends, types, counts, step}.
 */
export function bucket(byDayType) {
  if (!byDayType.length) return { xs: [], ends: [], types: [], counts: [], step: 'day' };
  const days = byDayType.map((r) => dayOf(r.date));
  const lo = Math.min(...days);
  const hi = Math.max(...days);
  const span = (hi - lo) / DAY;
  const step = span <= 200 ? 'day' : span <= 7 * 200 ? 'week' : 'month';
  const xs = [];
  const ends = [];
  for (let t = startOf(lo, step); t <= hi; t = next(t, step)) {
    xs.push(t);
    ends.push(next(t, step) - DAY);
  }
  const index = (t) => {
    let i = xs.length - 1;
    while (xs[i] > t) i--;
    return i;
  };
  const totals = new Map();
  for (const r of byDayType) totals.set(r.event_type, (totals.get(r.event_type) || 0) + r.count);
  const types = [...totals.keys()].sort((a, b) => totals.get(b) - totals.get(a) || a.localeCompare(b));
  const counts = types.map(() => new Array(xs.length).fill(0));
  for (const r of byDayType) counts[types.indexOf(r.event_type)][index(dayOf(r.date))] += r.count;
  return { xs, ends, types, counts, step };
}

/** The time line view in el; onRange(fromIso, toIso) is called when the user brushes a range. */
export class Timeline {
  constructor(el, hint, onRange) {
    this.el = el;
    this.hint = hint;
    this.onRange = onRange;
    this.plot = null;
    new ResizeObserver(() => this.plot && this.plot.setSize(this.size())).observe(el);
  }

  size() {
    return { width: Math.max(200, this.el.clientWidth), height: Math.max(100, this.el.clientHeight - 30) };
  }

  update(stats) {
    const b = bucket(stats.by_day_type || []);
    if (this.plot) this.plot.destroy();
    this.plot = null;
    const dated = b.counts.reduce((s, c) => s + c.reduce((x, y) => x + y, 0), 0);
    this.el.dataset.events = String(dated);
    this.el.dataset.buckets = String(b.xs.length);
    this.el.dataset.types = b.types.join('|');
    const coarse = stats.events - dated;
    this.hint.textContent =
      `${dated} dated to a day, per ${b.step}` +
      (coarse > 0 ? ` · ${coarse} dated only to a month or year, or undated, not drawn` : '') +
      ' · drag to select dates';
    if (!b.xs.length) {
      this.el.dataset.state = 'empty';
      this.el.textContent = 'No event in this selection is dated to a day.';
      return;
    }
    this.el.textContent = '';
    // Stacking by hand: series k holds the sum of types k..n-1, drawn from the tallest down, so
    // each type's share is the band between its bar and the next.
    const n = b.types.length;
    const stacked = b.types.map((_, k) => b.xs.map((_, i) => {
      let s = 0;
      for (let j = k; j < n; j++) s += b.counts[j][i];
      return s;
    }));
    const width = b.xs.length > 1 ? b.xs[1] - b.xs[0] : DAY;
    const pad = b.xs.length === 1 ? width : 0;
    const bars = uPlot.paths.bars({ size: [0.86, 48], gap: 1 });
    const fmt = (t) => (b.step === 'month' ? isoDay(t).slice(0, 7) : b.step === 'week' ? 'week of ' + isoDay(t) : isoDay(t));
    const series = [{ label: b.step[0].toUpperCase() + b.step.slice(1), value: (u, v, si, i) => (i == null ? '' : fmt(b.xs[i])) }];
    b.types.forEach((t, k) => {
      series.push({
        label: t,
        fill: typeColor(t),
        stroke: typeColor(t),
        width: 0,
        paths: bars,
        points: { show: false },
        // The legend shows the type's own count, not the stacked sum.
        value: (u, v, si, i) => (i == null ? '' : String(b.counts[k][i])),
      });
    });
    const opts = {
      ...this.size(),
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: {
        x: { time: true, range: [b.xs[0] - width / 2 - pad, b.xs[b.xs.length - 1] + width / 2 + pad] },
        y: { range: (u, lo, hi) => [0, Math.max(1, hi)] },
      },
      axes: [
        { stroke: '#555', grid: { stroke: '#eee' }, ticks: { stroke: '#ccc' }, font: '11px system-ui' },
        { stroke: '#555', grid: { stroke: '#eee' }, ticks: { stroke: '#ccc' }, size: 36, font: '11px system-ui',
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] },
      ],
      legend: { live: true },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      series,
      hooks: {
        setSelect: [
          (u) => {
            if (u.select.width < 3) return;
            const a = u.posToVal(u.select.left, 'x');
            const z = u.posToVal(u.select.left + u.select.width, 'x');
            u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
            // Whole buckets: from the first bucket the selection touches to the end of the last.
            const first = b.xs.findIndex((x, i) => b.ends[i] + DAY > a);
            let last = b.xs.length - 1;
            while (last > 0 && b.xs[last] > z) last--;
            if (first < 0 || last < first) return;
            this.onRange(isoDay(b.xs[first]), isoDay(b.ends[last]));
          },
        ],
      },
    };
    this.plot = new uPlot(opts, [b.xs, ...stacked], this.el);
    this.el.dataset.state = 'ready';
  }
}
