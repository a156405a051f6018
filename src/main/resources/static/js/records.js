// How each kind of record is shown on its page: every field, in Chinese, empty ones as —.
import { h, text, money, date, badge } from './dom.js';

const industryNames = new Map();

/** Industry codes (C38) are shown with their GB/T 4754 names once the vocabularies are known. */
export function knowIndustries(vocabularies) {
  for (const i of [...vocabularies.industrySections, ...vocabularies.industries]) industryNames.set(i.code, i.name);
}

export function industry(code) {
  return code ? `${code} ${industryNames.get(code) || ''}`.trim() : null;
}

export function fieldList(rows) {
  return h('dl', { class: 'fields' }, rows.filter(Boolean).flatMap(([label, value]) => [
    h('dt', {}, label), h('dd', {}, value === undefined || value === null || value === '' ? '—' : value)]));
}

export function prose(value) {
  return h('div', { class: 'prose' }, text(value));
}

const list = values => values?.length ? values.join('、') : '—';
const org = o => o ? `${o.name || '—'}${o.kind ? `（${o.kind}）` : ''}` : null;
// Phone and e-mail are personal data: a visitor gets the person's name only and reaches them through a manager.
const contact = c => !c ? null : (c.phone || c.email)
  ? [c.person, c.phone, c.email].filter(Boolean).join(' · ')
  : `${c.person || '—'}（电话、邮箱通过技术经理人联系）`;

export function origin(o) {
  if (!o || (!o.source && !o.externalId && !Object.keys(o.unmapped || {}).length)) return null;
  return h('div', {}, [o.source, o.externalId].filter(Boolean).join(' · '),
    Object.keys(o.unmapped || {}).length ? h('details', {}, h('summary', { class: 'small' }, '未映射的原始字段'),
      fieldList(Object.entries(o.unmapped))) : null);
}

export function achievementFields(a) {
  return fieldList([
    ['编号', a.id], ['状态', badge(a.status, a.status === '已发布' ? 'green' : '')], ['成果单位', org(a.owner)],
    ['团队', a.team ? `${a.team.name || ''}${a.team.members?.length ? `：${a.team.members.join('、')}` : ''}` : null],
    ['联系人', contact(a.contact) ?? '通过技术经理人联系'], ['技术领域', a.techField],
    ['行业', industry(a.industry)], ['关键词', a.keywords?.length ? a.keywords.map(k => badge(k, 'blue')) : null],
    ['成熟度', a.maturity],
    ['知识产权', a.ip?.length ? a.ip.map(r => `${r.kind}${r.number ? ` ${r.number}` : ''}`).join('；') : null],
    ['转化方式', list(a.transferModes)], ['报价', money(a.askingPrice)], ['应用范围', a.applicationScope],
    ['所在地区', a.region], ['发布时间', date(a.createdAt)], ['更新时间', date(a.updatedAt)], ['版本', a.version],
    ['来源', origin(a.origin)],
  ]);
}

export function demandFields(d) {
  return fieldList([
    ['编号', d.id], ['状态', badge(d.status, ['征集中', '对接中'].includes(d.status) ? 'green' : '')],
    ['需求企业', org(d.enterprise) ?? '仅技术经理人可见'], ['联系人', contact(d.contact) ?? '仅技术经理人可见'],
    ['技术领域', d.techField], ['行业', industry(d.industry)], ['期望成熟度', d.expectedMaturity],
    ['预算', money(d.budget)], ['合作方式', list(d.cooperationModes)], ['有效期至', d.validUntil],
    ['所在地区', d.region], ['可见范围', d.visibility], ['卡脖子技术', d.chokepoint ? badge('是', 'red') : '否'],
    ['发布时间', date(d.createdAt)], ['更新时间', date(d.updatedAt)], ['版本', d.version], ['来源', origin(d.origin)],
  ]);
}

export function indicatorTable(indicators) {
  if (!indicators?.length) return h('p', { class: 'muted' }, '未列出技术指标');
  return h('table', { class: 'indicators' }, h('thead', {}, h('tr', {}, h('th', {}, '指标'), h('th', {}, '目标值'))),
    h('tbody', {}, indicators.map(i => h('tr', {}, h('td', {}, i.name), h('td', {}, text(i.target))))));
}

export function expertFields(e) {
  return fieldList([
    ['编号', e.id], ['状态', badge(e.status, e.status === '在库' ? 'green' : '')], ['类型', e.kind],
    ['职称', e.professionalTitle], ['所在单位', org(e.organisation)], ['负责人', e.leader], ['成员', list(e.members)],
    ['研究方向', e.researchAreas?.length ? e.researchAreas.map(r => badge(r, 'blue')) : null],
    ['技术领域', list(e.techFields)], ['联系方式', contact(e.contact) ?? '通过技术经理人联系'], ['所在地区', e.region],
    ['入库时间', date(e.createdAt)], ['更新时间', date(e.updatedAt)], ['版本', e.version], ['来源', origin(e.origin)],
  ]);
}
