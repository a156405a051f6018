// 专家/团队 page: every field and the achievements linked to it.
import { api } from '../api.js';
import { page } from '../layout.js';
import { h, $, clear, params, badge, money } from '../dom.js';
import { expertFields, prose } from '../records.js';

page('专家团队', async () => {
  const id = params().get('id');
  if (!id) throw new Error('缺少专家团队编号（?id=EXP-…）');
  const e = await api.get(`/api/experts/${encodeURIComponent(id)}`);
  document.title = `${e.name} · 专家团队 · TechMatch`;
  const linked = h('div', { id: 'linked' });
  clear($('#record'),
    h('div', { class: 'page-title' }, h('h1', { id: 'record-title' }, e.name), badge(e.kind || '专家团队', 'blue'),
      badge(e.status, 'green')),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card' }, h('h2', {}, '简介'), prose(e.profile)),
      h('section', { class: 'card' }, h('h2', {}, '基本信息'), expertFields(e))),
    h('section', { class: 'card' }, h('h2', {}, '关联成果'), linked),
    h('p', { class: 'small muted' }, '企业需要这支团队破题时，在需求页面的「可破题的专家与团队」中可以看到匹配理由；联系请通过技术经理人。'));
  if (!e.achievementIds?.length) {
    clear(linked, h('p', { class: 'muted' }, '暂无关联成果'));
    return;
  }
  const achievements = await Promise.all(e.achievementIds.map(a => api.get(`/api/achievements/${encodeURIComponent(a)}`)
    .catch(() => ({ id: a, title: a, missing: true }))));
  clear(linked, h('ul', {}, achievements.map(a => h('li', {},
    h('a', { href: `/achievement.html?id=${encodeURIComponent(a.id)}` }, a.title), ' ',
    a.missing ? null : [badge(a.maturity), badge(money(a.askingPrice))]))));
});
