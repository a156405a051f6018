// Forms: controlled vocabularies as choices, and the server's field problems shown next to their fields.
import { api, ApiError } from './api.js';
import { h, $, $$, clear, notice } from './dom.js';

let vocabularies;

/** The controlled vocabularies from GET /api/vocabularies, fetched once per page. */
export function vocab() {
  vocabularies ??= api.get('/api/vocabularies');
  return vocabularies;
}

export function options(select, values, { blank, selected } = {}) {
  const list = [];
  if (blank !== undefined) list.push(h('option', { value: '' }, blank));
  for (const v of values) {
    const value = typeof v === 'string' ? v : v.code;
    const label = typeof v === 'string' ? v : `${v.code} ${v.name}`;
    list.push(h('option', { value, selected: value === selected }, label));
  }
  clear(select, list);
  return select;
}

export function checkboxes(container, name, values, checked = []) {
  clear(container, values.map(v => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name, value: v, checked: checked.includes(v) }), v)));
}

export function checkedValues(form, name) {
  return $$(`input[name="${name}"]:checked`, form).map(i => i.value);
}

/** Removes every field message and the form's summary. */
export function clearProblems(form) {
  $$('.field-error', form).forEach(e => e.remove());
  $$('.invalid', form).forEach(e => { e.classList.remove('invalid'); e.removeAttribute('aria-invalid'); });
  const summary = $('.form-summary', form);
  if (summary) clear(summary);
}

/**
 * Shows an ApiError on a form: each field message under the element whose data-field is the problem's field,
 * or its nearest parent path (indicators[2].name → indicators[2] → indicators); what has no place goes into
 * the summary at the top, together with the Chinese detail.
 */
export function showProblems(form, error) {
  clearProblems(form);
  clearFieldOnEdit(form);
  const summary = $('.form-summary', form);
  if (!(error instanceof ApiError)) {
    summary?.append(notice('error', String(error?.message || error)));
    return;
  }
  const unplaced = [];
  let first = null;
  for (const [field, messages] of error.fieldMessages()) {
    const target = fieldElement(form, field);
    if (!target) {
      unplaced.push(...messages.map(m => `${field}：${m}`));
      continue;
    }
    const input = target.matches('input,select,textarea') ? target : $('input,select,textarea', target);
    (input || target).classList.add('invalid');
    input?.setAttribute('aria-invalid', 'true');
    const holder = target.closest('.field') || target.parentElement;
    holder.append(h('div', { class: 'field-error', role: 'alert', dataset: { for: field } }, messages.join('；')));
    first ??= input || target;
  }
  if (summary) {
    const lead = error.errors.length ? `提交未成功：${error.errors.length} 处需要修改` : error.detail;
    // The per-field messages are shown at their fields; the summary only counts them (the detail repeats them
    // with the API's field paths) and lists those that have no field on this form.
    summary.append(notice('error', h('strong', {}, lead),
      error.errors.length ? h('div', { class: 'small' }, '请按标红字段下方的提示修改后再提交') : null,
      unplaced.length ? h('ul', {}, unplaced.map(u => h('li', {}, u))) : null));
  }
  first?.focus?.();
}

/**
 * Once the user edits a field that has a message, the message and the red mark go (the server checks again on the
 * next submit); when no field message is left, the summary goes too. Installed once per form.
 */
function clearFieldOnEdit(form) {
  if (form.dataset.clearsProblems) return;
  form.dataset.clearsProblems = 'true';
  const clearAt = event => {
    const holder = event.target.closest?.('.field') || event.target.parentElement;
    if (!holder || !$('.field-error', holder)) return;
    $$('.field-error', holder).forEach(e => e.remove());
    $$('.invalid', holder).forEach(e => { e.classList.remove('invalid'); e.removeAttribute('aria-invalid'); });
    if (!$('.field-error', form)) {
      const summary = $('.form-summary', form);
      if (summary) clear(summary);
    }
  };
  form.addEventListener('input', clearAt);
  form.addEventListener('change', clearAt);
}

function fieldElement(form, field) {
  let path = field;
  while (path) {
    const el = form.querySelector(`[data-field="${CSS.escape(path)}"]`);
    if (el) return el;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.substring(0, cut) : '';
  }
  return null;
}

export function value(form, name) {
  const el = form.elements.namedItem(name);
  if (!el) return undefined;
  const v = (el.value ?? '').trim();
  return v === '' ? undefined : v;
}

export function number(form, name) {
  const v = value(form, name);
  return v === undefined ? undefined : Number(v);
}

/** A money range from three inputs: NAME.minWan, NAME.maxWan and NAME.negotiable (checkbox). */
export function moneyRange(form, name) {
  if (form.elements.namedItem(`${name}.negotiable`)?.checked) return { negotiable: true };
  const min = number(form, `${name}.minWan`);
  const max = number(form, `${name}.maxWan`);
  if (min === undefined && max === undefined) return undefined;
  return { minWan: min, maxWan: max };
}

/** Drops undefined members and empty objects, so that absent means absent to the API. */
export function compact(obj) {
  if (Array.isArray(obj)) return obj.map(compact);
  if (obj && typeof obj === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(obj)) {
      const c = compact(v);
      if (c === undefined) continue;
      if (c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0) continue;
      out[k] = c;
    }
    return out;
  }
  return obj;
}

/** Disables the submit button while a request runs. */
export async function busy(button, work) {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = '提交中…';
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}
