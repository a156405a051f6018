// The official's challenge editor: create or edit a draft 揭榜挂帅 challenge — problem, indicators, budget and
// support, dates, eligibility, milestones (shares summing to 100 %), criteria (weights summing to 100) and the
// office, whose district a district official's account fills in. Save, preview, or save and publish.
import { api } from '../api.js';
import { page, hasRole } from '../layout.js';
import { h, $, $$, clear, params, notice, lines } from '../dom.js';
import { vocab, options, value, number, compact, showProblems, clearProblems, busy } from '../forms.js';

let current = null;

page('编辑榜单', async ({ user, main }) => {
  if (!hasRole(user, 'OFFICIAL', 'MANAGER')) {
    clear(main, notice('error', `「编辑榜单」仅供区科技局管理员、技术经理人使用${user.role === 'ANONYMOUS' ? '，请先登录。' : `，您当前登录的是${user.roleLabel}账号。`}`,
      ' ', h('a', { href: '/login' }, user.role === 'ANONYMOUS' ? '去登录' : '换个账号登录')));
    return;
  }
  const form = $('#challenge-form');
  const v = await vocab();
  options(form.techField, v.techFields, { blank: '请选择' });
  options(form.elements.namedItem('support.form'), v.supportForms, { blank: '请选择' });
  options(form.elements.namedItem('office.district'), v.districts, { blank: '请选择' });
  const id = params().get('id');
  if (id) {
    current = await api.get(`/api/challenges/${encodeURIComponent(id)}`);
    fill(form, current);
  } else {
    addMilestone(form);
    ['技术先进性', '方案可行性', '团队实力', '报价合理性'].forEach((n, i) => addCriterion(form, { name: n, weight: [30, 30, 20, 20][i] }));
  }
  if (user.role === 'OFFICIAL' && user.district) {
    // the server fills the office from the official's account; the form shows what it will be
    form.elements.namedItem('office.name').value = user.organisation || `${user.district}科学技术局`;
    form.elements.namedItem('office.district').value = user.district;
    form.elements.namedItem('office.name').readOnly = true;
    form.elements.namedItem('office.district').disabled = true;
    $('#office-hint').textContent = '由登录账号所在区科技局自动填写';
  }
  $('#add-milestone').addEventListener('click', () => addMilestone(form));
  $('#add-criterion').addEventListener('click', () => addCriterion(form));
  form.addEventListener('input', () => totals(form));
  totals(form);
  if (params().get('saved')) $('#editor-notice').append(notice('success', '草稿已保存'));
  if (current && current.status !== '草稿') {
    $('#editor-notice').append(notice('info', `榜单当前为「${current.status}」，只有草稿可以修改；如需修改请先撤回发布。`,
      ' ', h('a', { href: `/challenge.html?id=${encodeURIComponent(current.id)}` }, '查看榜单')));
    $$('button, input, select, textarea', form).forEach(el => { el.disabled = true; });
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    await busy($('#save-draft'), async () => {
      const saved = await save(form);
      if (saved) location.href = `/challenge-edit.html?id=${encodeURIComponent(saved.id)}&saved=1`;
    });
  });
  $('#save-publish').addEventListener('click', () => busy($('#save-publish'), async () => {
    const saved = await save(form);
    if (!saved) return;
    try {
      await api.post(`/api/challenges/${encodeURIComponent(saved.id)}/publish`, { version: saved.version });
      location.href = `/challenge.html?id=${encodeURIComponent(saved.id)}&published=1`;
    } catch (e) {
      showProblems(form, e);
    }
  }));
});

/** Creates or updates the draft; field problems are shown at their fields and null is returned. */
async function save(form) {
  clearProblems(form);
  try {
    current = current
      ? await api.put(`/api/challenges/${encodeURIComponent(current.id)}`, { ...body(form), version: current.version })
      : await api.post('/api/challenges', body(form));
    $('#editor-title').textContent = `编辑榜单 ${current.id}`;
    previewLink(current);
    return current;
  } catch (e) {
    showProblems(form, e);
    return null;
  }
}

function body(form) {
  const rows = (selector, read) => $$(selector, form).map(read);
  return compact({
    title: value(form, 'title'), problem: value(form, 'problem'), indicators: lines(form.indicators.value),
    techField: value(form, 'techField'), eligibility: value(form, 'eligibility'),
    budgetWan: number(form, 'budgetWan'),
    support: { amountWan: number(form, 'support.amountWan'), form: value(form, 'support.form') },
    applicationDeadline: value(form, 'applicationDeadline'), projectStart: value(form, 'projectStart'),
    projectEnd: value(form, 'projectEnd'),
    office: { name: value(form, 'office.name'), district: form.elements.namedItem('office.district').value || undefined },
    demandIds: current?.demandIds,
    milestones: rows('.milestone-row', row => ({
      name: field(row, 'name'), deliverable: field(row, 'deliverable'), dueDate: field(row, 'dueDate'),
      sharePercent: numeric(field(row, 'sharePercent')),
    })),
    criteria: rows('.criterion-row', row => ({ name: field(row, 'name'), weight: numeric(field(row, 'weight')) })),
  });
}

function field(row, name) {
  const v = row.querySelector(`[data-name=${name}]`).value.trim();
  return v === '' ? undefined : v;
}

function numeric(v) {
  return v === undefined ? undefined : Number(v);
}

function fill(form, c) {
  $('#editor-title').textContent = `编辑榜单 ${c.id}`;
  $('#draft-status').textContent = c.status;
  const set = (name, v) => { if (v !== undefined && v !== null) form.elements.namedItem(name).value = v; };
  set('title', c.title); set('problem', c.problem); set('techField', c.techField); set('eligibility', c.eligibility);
  form.indicators.value = (c.indicators || []).map(i => i.target ? `${i.name}：${i.target}` : i.name).join('\n');
  set('budgetWan', c.budgetWan); set('support.amountWan', c.support?.amountWan); set('support.form', c.support?.form);
  set('applicationDeadline', c.applicationDeadline); set('projectStart', c.projectStart); set('projectEnd', c.projectEnd);
  set('office.name', c.office?.name); set('office.district', c.office?.district);
  (c.milestones.length ? c.milestones : [{}]).forEach(m => addMilestone(form, m));
  c.criteria.forEach(k => addCriterion(form, k));
  previewLink(c);
}

function previewLink(c) {
  const link = $('#preview-link');
  link.href = `/challenge.html?id=${encodeURIComponent(c.id)}`;
  link.hidden = false;
}

/** Renumbers the rows so each input's data-field is the path the server names in its problems. */
function renumber(form) {
  $$('.milestone-row', form).forEach((row, i) => {
    row.querySelector('.n').textContent = `${i + 1}.`;
    $$('[data-name]', row).forEach(input => { input.closest('.field').dataset.field = `milestones[${i}].${input.dataset.name}`; });
  });
  $$('.criterion-row', form).forEach((row, i) =>
    $$('[data-name]', row).forEach(input => { input.closest('.field').dataset.field = `criteria[${i}].${input.dataset.name}`; }));
  totals(form);
}

function cell(name, label, attrs, value) {
  return h('div', { class: 'field' }, h('label', { class: 'small' }, label),
    h('input', { ...attrs, 'data-name': name, 'aria-label': label, value: value ?? '' }));
}

function addMilestone(form, m = {}) {
  const row = h('div', { class: 'milestone-row editor-row' }, h('span', { class: 'n' }),
    cell('name', '名称', {}, m.name), cell('deliverable', '验收内容', {}, m.deliverable),
    cell('dueDate', '应完成', { type: 'date' }, m.dueDate),
    cell('sharePercent', '拨付比例（%）', { type: 'number', min: 0, max: 100, step: 'any' }, m.sharePercent),
    h('button', { class: 'btn ghost small remove', type: 'button', 'aria-label': '删除该里程碑', onclick: () => { row.remove(); renumber(form); } }, '删除'));
  $('#milestone-rows').append(row);
  renumber(form);
}

function addCriterion(form, k = {}) {
  const row = h('div', { class: 'criterion-row editor-row' }, cell('name', '评审指标', {}, k.name),
    cell('weight', '权重', { type: 'number', min: 0, max: 100, step: 'any' }, k.weight),
    h('button', { class: 'btn ghost small remove', type: 'button', 'aria-label': '删除该评审指标', onclick: () => { row.remove(); renumber(form); } }, '删除'));
  $('#criterion-rows').append(row);
  renumber(form);
}

/** The running sums, so the 100 % rule is visible before the server checks it. */
function totals(form) {
  const sum = (selector, name) => $$(`${selector} [data-name=${name}]`, form).reduce((s, i) => s + (Number(i.value) || 0), 0);
  const show = (el, total, unit) => {
    const rounded = Math.round(total * 100) / 100;
    el.textContent = `合计 ${rounded}${unit}`;
    el.className = `small ${Math.abs(rounded - 100) < 0.01 ? 'ok' : 'off'}`;
  };
  show($('#share-total'), sum('.milestone-row', 'sharePercent'), '%');
  show($('#weight-total'), sum('.criterion-row', 'weight'), '');
}
