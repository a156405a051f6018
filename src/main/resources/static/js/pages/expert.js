// 专家/团队 page: every field, the achievements linked to it, and the demands those achievements could solve.
import { api } from '../api.js';
import { page } from '../layout.js';
import { h, $, clear, params, badge, money, notice, loading } from '../dom.js';
import { expertFields, prose } from '../records.js';
import { matchCard } from '../matches.js';
import { interestButton } from '../interest-action.js';

page('专家团队', async ({ user }) => {
  const id = params().get('id');
  if (!id) throw new Error('缺少专家团队编号（?id=EXP-…）');
  const e = await api.get(`/api/experts/${encodeURIComponent(id)}`);
  document.title = `${e.name} · 专家团队 · TechMatch`;
  const linked = h('div', { id: 'linked' });
  const demands = h('div', { id: 'matches' });
  clear($('#record'),
    h('div', { class: 'page-title' }, h('h1', { id: 'record-title' }, e.name), badge(e.kind || '专家团队', 'blue'),
      badge(e.status, 'green')),
    user.organisation && e.organisation && e.organisation.name === user.organisation ? null : interestButton(user, e.id),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card' }, h('h2', {}, '简介'), prose(e.profile)),
      h('section', { class: 'card' }, h('h2', {}, '基本信息'), expertFields(e))),
    h('section', { class: 'card' }, h('h2', {}, '关联成果'), linked),
    h('section', { class: 'card' }, h('h2', {}, '可破题的企业需求'),
      h('p', { class: 'small muted' }, '按团队关联成果与需求的匹配排序（每条需求取最匹配的一项成果）；企业需求页面的「可破题的专家与团队」按团队简介与成果综合匹配。'),
      demands),
    h('p', { class: 'small muted' }, '联系专家团队请通过技术经理人。'));
  if (!e.achievementIds?.length) {
    clear(linked, h('p', { class: 'muted' }, '暂无关联成果'));
    clear(demands, notice('info', '该团队未关联成果，请在需求页面查看团队匹配。'));
    return;
  }
  const achievements = await Promise.all(e.achievementIds.map(a => api.get(`/api/achievements/${encodeURIComponent(a)}`)
    .catch(() => ({ id: a, title: a, missing: true }))));
  clear(linked, h('ul', {}, achievements.map(a => h('li', {},
    h('a', { href: `/achievement.html?id=${encodeURIComponent(a.id)}` }, a.title), ' ',
    a.missing ? null : [badge(a.maturity), badge(money(a.askingPrice))]))));
  await teamDemands(demands, achievements);
});

/** The demands the team's published achievements match, best achievement per demand, best first. */
// The engine's score orders matches; the displayed score may be held down by a warning (有保留).
const rankScore = m => m.rankScore ?? m.score;

async function teamDemands(container, achievements) {
  clear(container, loading('正在计算匹配…'));
  const published = achievements.filter(a => !a.missing && a.status === '已发布').slice(0, 5);
  const pages = await Promise.all(published.map(a => api.get(`/api/achievements/${encodeURIComponent(a.id)}/matches`, { size: 10 })
    .catch(() => null)));
  const best = new Map();
  let threshold;
  pages.forEach(result => {
    if (!result) return;
    threshold = result.threshold;
    for (const m of result.matches.filter(x => x.good)) {
      if (!best.has(m.id) || rankScore(best.get(m.id)) < rankScore(m)) best.set(m.id, m);
    }
  });
  const ranked = [...best.values()].sort((a, b) => rankScore(b) - rankScore(a)).slice(0, 8);
  clear(container, ranked.length ? ranked.map((m, i) => matchCard(m, i + 1, { threshold }, { sideLabels: ['团队成果', '企业需求'] }))
    : notice('empty', h('strong', { class: 'no-match' }, '暂无合适匹配')));
}
