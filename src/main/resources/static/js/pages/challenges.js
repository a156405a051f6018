// 揭榜挂帅 board: the published challenges (officials and managers also see drafts), and for them the overdue
// milestones of running projects.
import { api } from '../api.js';
import { page, hasRole } from '../layout.js';
import { h, $, clear, notice, loading, badge, wan } from '../dom.js';

const STATUS_KIND = { 草稿: '', 已发布: 'blue', 揭榜中: 'green', 评审中: 'amber', 已立项: 'blue', 里程碑执行: 'blue',
  已验收: 'green', 未通过: 'red', 已终止: 'red' };
const FACETS = { status: '状态', techField: '技术领域', region: '地区', chain: '产业链' };

page('揭榜挂帅', async ({ user }) => {
  const form = $('#challenge-search');
  const state = new URLSearchParams(location.search);
  form.q.value = state.get('q') || '';
  form.addEventListener('submit', event => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.q.value.trim()) next.set('q', form.q.value.trim());
    go(next, user);
  });
  if (hasRole(user, 'OFFICIAL', 'MANAGER')) {
    $('.page-title').append(h('a', { class: 'btn', id: 'new-challenge', href: '/challenge-edit.html' }, '新建榜单'));
    await drafts(user);
  }
  await render(state, user);
});

/** The drafts this official (its district's) or manager may edit: lost no more once the editor is left. */
async function drafts(user) {
  const result = await api.get('/api/challenges', { status: '草稿', size: 50, sort: 'updated' }).catch(() => null);
  if (!result) return;
  const section = h('section', { class: 'card', id: 'drafts' },
    h('h2', {}, `榜单草稿（${result.total}）`, user.district ? h('span', { class: 'small muted' }, `　${user.district}`) : null),
    result.items.length ? h('ul', { class: 'draft-list' }, result.items.map(({ record: c }) => h('li', { dataset: { id: c.id } },
      h('a', { class: 'edit-draft', href: `/challenge-edit.html?id=${encodeURIComponent(c.id)}` }, c.title), ' ',
      h('span', { class: 'small muted' }, `${c.id} · ${c.office ? c.office.name : '未定责任单位'} · 更新于 ${(c.updatedAt || '').substring(0, 10)}`), ' ',
      h('a', { class: 'small', href: `/challenge.html?id=${encodeURIComponent(c.id)}` }, '预览'))))
      : notice('empty', '暂无草稿：点「新建榜单」起草，或在「区域统计」中由未满足的需求生成草稿'));
  $('#challenge-search').after(section);
}

function go(next, user) {
  history.pushState(null, '', `?${next}`);
  render(next, user);
}

async function render(state, user) {
  const board = $('#board');
  clear(board, loading());
  const query = {};
  for (const [k, v] of state) (query[k] ??= []).push(v);
  const result = await api.get('/api/challenges', { size: 50, ...query });
  clear($('#facets'), h('h2', { style: { fontSize: '1rem' } }, '筛选'),
    Object.entries(result.facets || {}).filter(([, values]) => values.length).map(([key, values]) =>
      h('div', { class: 'facet' }, h('h3', {}, FACETS[key] || key), values.map(v => h('label', {},
        h('input', { type: 'checkbox', checked: state.getAll(key).includes(v.value), onchange: () => {
          const next = new URLSearchParams(state);
          const all = next.getAll(key);
          next.delete(key);
          (all.includes(v.value) ? all.filter(x => x !== v.value) : [...all, v.value]).forEach(x => next.append(key, x));
          go(next, user);
        } }), h('span', { class: 'v' }, v.value), h('span', { class: 'c' }, v.count))))));
  const cards = result.items.map(({ record: c }) => h('article', { class: 'card challenge-card', dataset: { id: c.id } },
    h('div', { class: 'row' }, badge(c.status, STATUS_KIND[c.status]), c.techField ? badge(c.techField) : null,
      c.office ? badge(c.office.name) : null),
    h('h3', { style: { margin: '6px 0' } }, h('a', { href: `/challenge.html?id=${encodeURIComponent(c.id)}`, class: 'challenge-link' }, c.title)),
    h('p', { class: 'small muted', style: { margin: 0 } }, (c.problem || '').split('\n')[0].substring(0, 140)),
    h('div', { class: 'row small', style: { marginTop: '6px' } },
      h('span', {}, '总预算 ', h('strong', {}, wan(c.budgetWan))),
      c.support ? h('span', {}, `政府支持 ${wan(c.support.amountWan)}（${c.support.form}）`) : null,
      h('span', {}, `揭榜截止 ${c.applicationDeadline || '—'}`),
      h('span', {}, `里程碑 ${c.milestones.length} 个`))));
  clear(board, h('p', { class: 'muted', id: 'challenge-total' }, `共 ${result.total} 个榜单`),
    cards.length ? cards : notice('empty', '暂无符合条件的榜单'));
  if (hasRole(user, 'OFFICIAL', 'MANAGER')) {
    try {
      const overdue = await api.get('/api/challenges/milestones/overdue');
      board.append(h('section', { class: 'card', id: 'overdue' }, h('h2', {}, `逾期的里程碑（${overdue.length}）`),
        overdue.length ? h('table', {}, h('thead', {}, h('tr', {}, ['榜单', '揭榜方', '里程碑', '应完成', '逾期'].map(t => h('th', {}, t)))),
          h('tbody', {}, overdue.map(o => h('tr', {},
            h('td', {}, h('a', { href: `/challenge.html?id=${encodeURIComponent(o.challengeId)}` }, o.challengeTitle)),
            h('td', {}, o.awardee || '—'), h('td', {}, `${o.milestone}. ${o.name}`), h('td', {}, o.dueDate),
            h('td', { class: 'num' }, `${o.daysOverdue} 天`)))))
          : notice('success', '没有逾期的里程碑')));
    } catch (e) {
      board.append(notice('error', e.message));
    }
  }
}
