// 科技成果 page: every field, and the demands it could solve, ranked and explained.
import { api } from '../api.js';
import { vocab } from '../forms.js';
import { page, hasRole } from '../layout.js';
import { h, $, clear, params, notice, badge } from '../dom.js';
import { knowIndustries, achievementFields, prose } from '../records.js';
import { showMatches, mayMark } from '../matches.js';
import { dockingAction } from '../docking-action.js';
import { interestButton, interestAction } from '../interest-action.js';

page('科技成果', async ({ user }) => {
  knowIndustries(await vocab());
  const id = params().get('id');
  if (!id) throw new Error('缺少成果编号（?id=ACH-…）');
  const a = await api.get(`/api/achievements/${encodeURIComponent(id)}`);
  document.title = `${a.title} · 科技成果 · TechMatch`;
  const matches = h('div', { id: 'matches' });
  const own = !!(user.organisation && a.owner && a.owner.name === user.organisation);
  clear($('#record'),
    h('div', { class: 'page-title' }, h('h1', { id: 'record-title' }, a.title),
      badge('科技成果', 'blue'), badge(a.status, a.status === '已发布' ? 'green' : '')),
    own ? null : interestButton(user, a.id),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card' }, h('h2', {}, '成果简介'), prose(a.description)),
      h('section', { class: 'card' }, h('h2', {}, '成果信息'), achievementFields(a))),
    h('section', { class: 'card' }, h('h2', {}, '可解决的企业技术需求'),
      h('p', { class: 'small muted' }, '按匹配度排序；高亮为双方共同的关键技术术语。'), matches));
  if (a.status !== '已发布') {
    clear(matches, notice('info', `该成果当前为「${a.status}」，不参与匹配。`));
    return;
  }
  await showMatches(matches, `/api/achievements/${encodeURIComponent(id)}/matches`, {
    sideLabels: ['本成果', '企业需求'],
    canMark: mayMark(user, a.owner),
    action: hasRole(user, 'MANAGER', 'OFFICIAL') ? dockingAction(user, m => ({ demandId: m.id, achievementId: a.id }))
      : own ? interestAction(user, a.id) : null,
  });
});
