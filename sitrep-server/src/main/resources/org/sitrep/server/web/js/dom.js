// Builds DOM nodes. Every string becomes a text node: text from documents is never parsed as
// markup (no innerHTML anywhere in the page).

/** h('tag.class', {attr: value, onclick: fn}, child, ...): children are nodes, strings or arrays. */
export function h(spec, attrs, ...children) {
  const [tag, ...classes] = spec.split('.');
  const el = document.createElement(tag || 'div');
  if (classes.length) el.className = classes.join(' ');
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Removes every child of el. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/**
 * The text with [begin, end) wrapped in a <mark>, as nodes; context limits the text around the
 * mark (characters, 0 for all of it).
 */
export function marked(text, begin, end, context, markClass) {
  const b = Math.max(0, Math.min(begin, text.length));
  const e = Math.max(b, Math.min(end, text.length));
  let start = 0;
  let stop = text.length;
  if (context > 0) {
    start = Math.max(0, b - context);
    stop = Math.min(text.length, e + context);
    // Cut at a space so the excerpt starts and ends with whole words.
    if (start > 0) start = Math.max(start, text.indexOf(' ', start) + 1 || start);
    if (stop < text.length) stop = Math.max(e, text.lastIndexOf(' ', stop));
  }
  return [
    start > 0 ? '… ' : '',
    text.slice(start, b),
    h('mark.' + (markClass || 'evidence'), {}, text.slice(b, e)),
    text.slice(e, stop),
    stop < text.length ? ' …' : '',
  ];
}

/**
 * The sentence with the first case-insensitive occurrence of needle marked, as nodes; with
 * context > 0, only that many characters either side of the mark (or the sentence's start).
 */
export function markWord(sentence, needle, context) {
  const i = needle ? sentence.toLowerCase().indexOf(String(needle).toLowerCase()) : -1;
  if (i < 0) {
    if (!context || sentence.length <= 2 * context) return [sentence];
    const cut = sentence.lastIndexOf(' ', 2 * context);
    return [sentence.slice(0, cut > context ? cut : 2 * context), ' …'];
  }
  return marked(sentence, i, i + String(needle).length, context || 0, 'value');
}
