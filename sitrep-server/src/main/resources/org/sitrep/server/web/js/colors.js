// Muted colours, one per ACLED event type and one per actor kind; the same in every view.

const TYPES = [
  ['battles', '#b5473a'],
  ['violence against civilians', '#7b5aa6'],
  ['explosions/remote violence', '#d2822b'],
  ['riots', '#3f73a8'],
  ['protests', '#3a9a9a'],
  ['strategic developments', '#7d7d74'],
];
const SPARE = ['#8c6d3f', '#5c8a4a', '#a35d7f', '#52606d'];

/** The colour of an event type. */
export function typeColor(type) {
  const t = String(type || '').toLowerCase();
  const hit = TYPES.find(([k]) => t === k || t.replace(/_/g, ' ') === k);
  if (hit) return hit[1];
  let n = 0;
  for (const c of t) n = (n * 31 + c.charCodeAt(0)) >>> 0;
  return SPARE[n % SPARE.length];
}

const KINDS = [
  ['state', '#3d5a80'],
  ['rebel', '#b5473a'],
  ['political', '#d2822b'],
  ['identity', '#8c6d3f'],
  ['militia', '#c46a3c'],
  ['rioter', '#3f73a8'],
  ['protester', '#3a9a9a'],
  ['civilian', '#5c8a4a'],
  ['external', '#7b5aa6'],
  ['alliance', '#5f8fa8'],
  ['organization', '#a38f5e'],
  ['organisation', '#a38f5e'],
  ['person', '#b06d8e'],
];

/** The colour of an actor kind ('state forces', 'rebel group', ...). */
export function kindColor(kind) {
  const k = String(kind || '').toLowerCase();
  const hit = KINDS.find(([w]) => k.includes(w));
  return hit ? hit[1] : '#8a8f98';
}
