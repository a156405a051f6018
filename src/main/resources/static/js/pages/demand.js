// 技术需求 page: every field, the achievements and the experts/teams that could solve it, ranked and explained.
import { api } from '../api.js';
import { vocab } from '../forms.js';
import { page, hasRole } from '../layout.js';
import { h, $, clear, params, notice, badge } from '../dom.js';
import { knowIndustries, demandFields, indicatorTable, prose } from '../records.js';
import { showMatches, mayMark } from '../matches.js';
import { dockingAction, dockingsOf } from '../docking-action.js';
import { interestButton } from '../interest-action.js';

page('技术需求', async ({ user }) => {
  knowIndustries(await vocab());
  const id = params().get('id');
  if (!id) throw new Error('缺少需求编号（?id=DEM-…）');
  const d = await api.get(`/api/demands/${encodeURIComponent(id)}`);
  document.title = `${d.title} · 技术需求 · TechMatch`;
  const achievements = h('div', { id: 'matches' });
  const experts = h('div', { id: 'expert-matches' });
  clear($('#record'),
    params().get('created') ? notice('success', `需求已保存（编号 ${d.id}）。下面是引擎为它找到的成果与团队。`) : null,
    h('div', { class: 'page-title' }, h('h1', { id: 'record-title' }, d.title), badge('技术需求', 'blue'),
      badge(d.status, 'green'), d.chokepoint ? badge('卡脖子', 'red') : null),
    user.organisation && d.enterprise && d.enterprise.name === user.organisation ? null : interestButton(user, d.id),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card' }, h('h2', {}, '需求描述'), prose(d.description), h('h3', {}, '技术指标'),
        indicatorTable(d.indicators)),
      h('section', { class: 'card' }, h('h2', {}, '需求信息'), demandFields(d))),
    h('section', { class: 'card' }, h('h2', {}, '匹配的科技成果'),
      h('p', { class: 'small muted' }, '按匹配度排序；高亮为双方共同的关键技术术语。技术经理人可直接从匹配发起对接。'), achievements),
    h('section', { class: 'card' }, h('h2', {}, '可破题的专家与团队'), experts));
  if (!['征集中', '对接中'].includes(d.status)) {
    const closed = notice('info', `该需求当前为「${d.status}」，不参与匹配。`);
    clear(achievements, closed);
    clear(experts, closed.cloneNode(true));
    return;
  }
  const broker = hasRole(user, 'MANAGER', 'OFFICIAL');
  const existing = broker ? await dockingsOf(d.id) : [];
  await Promise.all([
    showMatches(achievements, `/api/demands/${encodeURIComponent(id)}/matches`, {
      sideLabels: ['本需求', '科技成果'],
      canMark: mayMark(user, d.enterprise),
      action: broker ? dockingAction(user, m => ({ demandId: d.id, achievementId: m.id }), existing) : null,
    }),
    showMatches(experts, `/api/demands/${encodeURIComponent(id)}/experts`, { size: 5, sideLabels: ['本需求', '专家团队'],
      canMark: mayMark(user, d.enterprise),
      action: broker ? dockingAction(user, m => ({ demandId: d.id, expertId: m.id }), existing) : null }),
  ]);
});
