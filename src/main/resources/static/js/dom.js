// Small DOM helpers. Text always goes in as text nodes; the only markup ever taken from the API is the
// <em> of highlighted snippets, rebuilt element by element by highlighted().

/** h('a', {href: '/x', class: 'btn'}, 'text', child…): attributes, on* listeners, then children. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.substring(2), value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'style' && typeof value === 'object') Object.assign(el.style, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/**
 * A highlighted snippet from the API (HTML-escaped text with <em> around the key terms) as DOM nodes.
 * It is parsed in an inert document and rebuilt: text nodes stay text, <em> stays <em>, anything else is
 * reduced to its text. So nothing but the highlight tags can ever reach the page.
 */
export function highlighted(snippet) {
  const fragment = document.createDocumentFragment();
  if (!snippet) return fragment;
  const parsed = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html');
  const rebuild = (source, target) => {
    for (const node of source.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        target.append(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.tagName === 'EM') {
          const em = document.createElement('em');
          em.className = 'hit';
          rebuild(node, em);
          target.append(em);
        } else {
          rebuild(node, target);
        }
      }
    }
  };
  rebuild(parsed.body, fragment);
  return fragment;
}

/** Multi-line text (descriptions keep their line breaks through CSS white-space). */
export function text(value) {
  return value === undefined || value === null || value === '' ? '—' : String(value);
}

export function money(range) {
  if (!range || range.negotiable) return '面议';
  const f = n => Number(n).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  return range.minWan === range.maxWan ? `${f(range.minWan)} 万元` : `${f(range.minWan)}–${f(range.maxWan)} 万元`;
}

export function wan(n) {
  return n === undefined || n === null ? '—' : `${Number(n).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
}

export function date(iso) {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  return isNaN(d) ? String(iso) : d.toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
}

export function percent(score) {
  return `${Math.round(score * 100)}%`;
}

export function badge(label, kind = '') {
  if (label === undefined || label === null || label === '') return null;
  return h('span', { class: `badge ${kind}`.trim() }, label);
}

export function params() {
  return new URLSearchParams(location.search);
}

/** A message box in a container: kind = info, error, success, empty. */
export function notice(kind, ...content) {
  return h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...content);
}

export function loading(label = '加载中…') {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), label);
}

/** The lines of a textarea, trimmed, empty ones dropped. */
export function lines(value) {
  return (value || '').split(/\r?\n/).map(s => s.trim()).filter(Boolean);
}

/** Comma, 、 or ，-separated words. */
export function words(value) {
  return (value || '').split(/[,，、;；\n]/).map(s => s.trim()).filter(Boolean);
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
