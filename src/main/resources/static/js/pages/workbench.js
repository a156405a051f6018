// 技术经理人工作台: my open dockings by stage, the stalled ones, the next actions; each opens its docking page
// where the next step is recorded. New dockings start from a match on a demand or achievement page.
import { api } from '../api.js';
import { page } from '../layout.js';
import { h, $, clear, notice, loading, date } from '../dom.js';

const OPEN_STAGES = ['初步介绍', '见面洽谈', '商务谈判'];

page('对接工作台', async () => {
  const form = $('#workbench-filter');
  const state = new URLSearchParams(location.search);
  form.stalledDays.value = state.get('stalledDays') || '';
  form.manager.value = state.get('manager') || '';
  form.addEventListener('submit', event => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.stalledDays.value) next.set('stalledDays', form.stalledDays.value);
    if (form.manager.value.trim()) next.set('manager', form.manager.value.trim());
    history.replaceState(null, '', `?${next}`);
    load(Object.fromEntries(next));
  });
  await load(Object.fromEntries(state));
});

async function load(query) {
  const root = $('#workbench');
  clear(root, loading());
  const [view, closed] = await Promise.all([
    api.get('/api/dockings/workbench', query),
    api.get('/api/dockings', { stage: ['已签约', '已放弃'], size: 8, sort: 'updated' }).catch(() => null),
  ]);
  const item = (i, extra) => h('div', { class: `item ${i.idleDays > view.stalledAfterDays ? 'stalled' : ''} ${i.overdue ? 'overdue' : ''}`,
    dataset: { id: i.id } },
  h('a', { class: 'title', href: `/docking.html?id=${encodeURIComponent(i.id)}` }, i.title || i.id),
  h('div', { class: 'small muted' }, `${i.id} · ${i.manager} · 上次进展 ${date(i.lastStep)}（${i.idleDays} 天前）`),
  extra);
  const next = i => h('div', { class: 'small' }, i.suggested ? '建议：' : '下一步：', i.nextAction || '—',
    i.nextActionDue ? h('span', { class: i.overdue ? 'badge red' : 'badge' }, `${i.overdue ? '已逾期 ' : ''}${i.nextActionDue}`) : null);
  clear(root,
    h('p', { class: 'muted small' }, `范围：${view.scope} · 今天 ${view.today} · 超过 ${view.stalledAfterDays} 天无进展视为停滞`),
    h('div', { class: 'stat-cards' },
      stat('进行中的对接', view.open.length, 'open-count'), stat('停滞', view.stalled.length, 'stalled-count'),
      stat('逾期的下一步', view.nextActions.filter(i => i.overdue).length, 'overdue-count')),
    h('section', { class: 'card' }, h('h2', {}, '按阶段'),
      h('div', { class: 'kanban', id: 'by-stage' }, OPEN_STAGES.map(stage => {
        const items = view.open.filter(i => i.stage === stage);
        return h('div', { class: 'column', dataset: { stage } }, h('h3', {}, stage, h('span', { class: 'badge' }, items.length)),
          items.length ? items.map(i => item(i, next(i))) : h('p', { class: 'small muted' }, '暂无'));
      }))),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card', id: 'stalled' }, h('h2', {}, `停滞的对接（${view.stalled.length}）`),
        view.stalled.length ? view.stalled.map(i => item(i, next(i))) : notice('success', '没有停滞的对接')),
      h('section', { class: 'card', id: 'next-actions' }, h('h2', {}, '待办的下一步'),
        view.nextActions.length ? view.nextActions.slice(0, 12).map(i => item(i, next(i))) : notice('empty', '暂无待办'))),
    closed ? h('section', { class: 'card' }, h('h2', {}, '最近结束的对接'), closed.items.length
      ? h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, ['对接', '阶段', '合同', '金额'].map(t => h('th', {}, t)))),
        h('tbody', {}, closed.items.map(({ record: d }) => h('tr', {},
          h('td', {}, h('a', { href: `/docking.html?id=${encodeURIComponent(d.id)}` }, d.title || d.id)),
          h('td', {}, d.stage), h('td', {}, d.contract?.kind || d.abandonReason || '—'),
          h('td', { class: 'num' }, d.contract?.valueWan != null ? `${d.contract.valueWan} 万元` : '—'))))))
      : notice('empty', '暂无')) : null,
    notice('info', '发起新的对接：在需求或成果页面的匹配结果上点「发起对接」。'));
}

function stat(label, value, id) {
  return h('div', { class: 'stat' }, h('div', { class: 'label' }, label), h('div', { class: 'value', id }, value));
}
