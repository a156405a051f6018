// 检索: one box over the three libraries; facets of the library shown, highlighted snippets, paging; a signed-in
// user saves the current search (q + filters) as a subscription (订阅此检索) delivered in the daily digest.
import { api } from '../api.js';
import { page } from '../layout.js';
import { h, $, clear, highlighted, money, badge, notice, loading } from '../dom.js';
import { recordLink } from '../matches.js';

const LIBRARIES = {
  achievements: { label: '科技成果', type: 'achievement', amount: true },
  demands: { label: '技术需求', type: 'demand', amount: true },
  experts: { label: '专家团队', type: 'expert', amount: false },
};
const FACET_LABELS = {
  techField: '技术领域', industrySection: '行业门类', maturity: '成熟度', region: '所在地区', status: '状态',
  mode: '合作方式', ownerKind: '成果单位类型', ipKind: '知识产权', visibility: '可见范围', chokepoint: '卡脖子技术',
  kind: '类型', orgKind: '单位类型',
};
const CONTROL = new Set(['q', 'lib', 'page', 'sort', 'size']);
const PAGE_SIZE = 10;
let signedIn = false;

page('检索', async ({ user }) => {
  signedIn = Boolean(user) && user.role !== 'ANONYMOUS' && !user.pending;
  const state = new URLSearchParams(location.search);
  const form = $('#search-form');
  form.q.value = state.get('q') || '';
  form.addEventListener('submit', event => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.q.value.trim()) next.set('q', form.q.value.trim());
    next.set('lib', state.get('lib') || 'achievements');
    go(next);
  });
  await render(state);
});

function go(next) {
  history.pushState(null, '', `/?${next}`);
  render(next);
}

window.addEventListener('popstate', () => render(new URLSearchParams(location.search)));

async function render(state) {
  const lib = LIBRARIES[state.get('lib')] ? state.get('lib') : 'achievements';
  const q = state.get('q') || '';
  $('#search-form').q.value = q;
  const results = $('#results');
  clear(results, loading('检索中…'));
  const filters = {};
  for (const [key, value] of state) if (!CONTROL.has(key)) (filters[key] ??= []).push(value);
  const pageNo = Number(state.get('page') || 1);
  const main = api.get(`/api/${lib}`, { q, ...filters, page: pageNo, size: PAGE_SIZE, sort: state.get('sort') });
  const counts = Object.keys(LIBRARIES).map(other => other === lib ? main.then(p => p.total)
    : api.get(`/api/${other}`, { q, size: 1 }).then(p => p.total).catch(() => '—'));
  renderTabs(state, lib, await Promise.all(counts));
  let result;
  try {
    result = await main;
  } catch (e) {
    clear(results, notice('error', e.message));
    clear($('#facets'));
    return;
  }
  renderFacets(state, lib, result.facets, filters);
  renderResults(state, lib, result, q, filters);
}

function renderTabs(state, lib, counts) {
  clear($('#tabs'), Object.entries(LIBRARIES).map(([key, l], i) => h('button', {
    type: 'button', role: 'tab', class: key === lib ? 'active' : null, 'aria-selected': String(key === lib),
    dataset: { lib: key }, onclick: () => {
      const next = new URLSearchParams();
      if (state.get('q')) next.set('q', state.get('q'));
      next.set('lib', key);
      go(next);
    },
  }, l.label, h('span', { class: 'count' }, counts[i]))));
}

function renderFacets(state, lib, facets, filters) {
  const groups = Object.entries(facets || {}).filter(([, values]) => values.length);
  const active = Object.keys(filters).length;
  clear($('#facets'), h('div', { class: 'row' }, h('h2', { style: { margin: 0, fontSize: '1rem' } }, '筛选'),
    h('span', { class: 'spacer' }), active ? h('button', { class: 'btn ghost small', type: 'button', onclick: () => {
      const next = new URLSearchParams();
      if (state.get('q')) next.set('q', state.get('q'));
      next.set('lib', lib);
      go(next);
    } }, '清除筛选') : null),
  groups.map(([key, values]) => h('div', { class: 'facet', dataset: { facet: key } },
    h('h3', {}, FACET_LABELS[key] || key),
    values.slice(0, 12).map(v => {
      const checked = (filters[key] || []).includes(v.value);
      return h('label', {}, h('input', { type: 'checkbox', checked, onchange: () => toggle(state, key, v.value) }),
        h('span', { class: 'v' }, v.value), h('span', { class: 'c' }, v.count));
    }))));
}

function toggle(state, key, value) {
  const next = new URLSearchParams(state);
  const values = next.getAll(key);
  next.delete(key);
  (values.includes(value) ? values.filter(v => v !== value) : [...values, value]).forEach(v => next.append(key, v));
  next.delete('page');
  go(next);
}

function renderResults(state, lib, result, q, filters) {
  const sort = h('select', { 'aria-label': '排序', onchange: e => {
    const next = new URLSearchParams(state);
    next.set('sort', e.target.value);
    next.delete('page');
    go(next);
  } }, [['', q ? '按相关度' : '最新发布'], ['newest', '最新发布'], ['updated', '最近更新'],
    ...(LIBRARIES[lib].amount ? [['amount_asc', '金额从低到高'], ['amount_desc', '金额从高到低']] : [])]
    .filter(([value], i, all) => i === 0 || value !== (q ? '' : 'newest'))
    .map(([value, label]) => h('option', { value, selected: (state.get('sort') || '') === value }, label)));
  const head = h('div', { class: 'results-head' },
    h('span', { id: 'result-total' }, `共 `, h('strong', {}, result.total), ` 条${LIBRARIES[lib].label}`),
    h('span', { class: 'spacer' }), signedIn ? subscribeButton(lib, q, filters) : null, sort);
  if (!result.items.length) {
    clear($('#results'), head, notice('empty', q ? `没有找到与「${q}」相关的${LIBRARIES[lib].label}` : '没有符合条件的记录'));
    return;
  }
  clear($('#results'), head, result.items.map(hit => hitCard(lib, hit)), pager(state, result));
}

// Saves what is on screen: the library, the words and the ticked filters; the digest brings what is new after today.
function subscribeButton(lib, q, filters) {
  const button = h('button', { class: 'btn ghost small', type: 'button', id: 'subscribe-search', onclick: async () => {
    button.disabled = true;
    try {
      const saved = await api.post('/api/subscriptions', { library: lib, q: q || null, filters });
      button.replaceWith(h('span', { class: 'small', id: 'subscribe-done' }, `已订阅「${saved.name}」，`,
        h('a', { href: '/inbox.html#subscriptions' }, '管理订阅')));
    } catch (e) {
      button.disabled = false;
      button.after(notice('error', e.message));
    }
  } }, '订阅此检索');
  return button;
}

function hitCard(lib, hit) {
  const r = hit.record;
  const hl = hit.highlights || {};
  const type = LIBRARIES[lib].type;
  const title = lib === 'experts' ? r.name : r.title;
  const titleNode = hl.title || hl.name ? highlighted(hl.title || hl.name) : title;
  const snippetSource = hl.description || hl.profile || hl.researchAreas;
  const plain = (lib === 'experts' ? r.profile : r.description) || '';
  const meta = lib === 'achievements'
    ? [badge(r.techField, 'blue'), badge(r.maturity), badge(r.region), badge(r.owner?.name), badge(`报价 ${money(r.askingPrice)}`)]
    : lib === 'demands'
      ? [badge(r.techField, 'blue'), r.chokepoint ? badge('卡脖子', 'red') : null, badge(r.status, 'green'), badge(r.region),
        r.enterprise?.name ? badge(r.enterprise.name) : badge('企业信息仅技术经理人可见', 'amber'), badge(`预算 ${money(r.budget)}`)]
      : [badge(r.kind, 'blue'), badge(r.organisation?.name), badge(r.region), ...(r.techFields || []).map(f => badge(f))];
  return h('article', { class: 'card hit-card', dataset: { id: r.id } },
    h('h3', {}, h('a', { href: recordLink(type, r.id), class: 'hit-link' }, titleNode)),
    h('div', {}, meta.filter(Boolean)),
    h('div', { class: 'snippet' }, snippetSource ? highlighted(snippetSource)
      : plain.length > 160 ? plain.substring(0, 160) + '…' : plain));
}

function pager(state, result) {
  const pages = Math.ceil(result.total / result.size);
  if (pages <= 1) return null;
  const current = result.page;
  const to = n => () => {
    const next = new URLSearchParams(state);
    next.set('page', n);
    go(next);
    window.scrollTo(0, 0);
  };
  const numbers = [];
  for (let n = Math.max(1, current - 3); n <= Math.min(pages, current + 3); n++) numbers.push(n);
  return h('nav', { class: 'pager', 'aria-label': '分页' },
    h('button', { class: 'btn ghost small', type: 'button', disabled: current <= 1, onclick: to(current - 1) }, '上一页'),
    numbers.map(n => h('button', { class: `btn ghost small ${n === current ? 'current' : ''}`, type: 'button',
      'aria-current': n === current ? 'page' : null, onclick: to(n) }, n)),
    h('button', { class: 'btn ghost small', type: 'button', disabled: current >= pages, onclick: to(current + 1) }, '下一页'),
    h('span', { class: 'small muted', style: { alignSelf: 'center' } }, `第 ${current} / ${pages} 页`));
}
