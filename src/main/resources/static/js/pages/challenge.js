// 榜单详情: the challenge with its indicators, deadline and milestones; the application form (揭榜) for
// universities and firms; for officials and reviewers the ranked applications with reviews and the award; the
// milestone screen (evidence from the awarded team, reviews by the office); the moves the viewer may make.
import { api } from '../api.js';
import { page, hasRole } from '../layout.js';
import { h, $, clear, params, notice, badge, wan, date, words } from '../dom.js';
import { fieldList, indicatorTable, prose, industry, knowIndustries } from '../records.js';
import { vocab, options, value, number, compact, showProblems, busy } from '../forms.js';
import { scoreBar } from '../matches.js';

const STATUS_KIND = { 草稿: '', 已发布: 'blue', 揭榜中: 'green', 评审中: 'amber', 已立项: 'blue', 里程碑执行: 'blue',
  已验收: 'green', 未通过: 'red', 已终止: 'red' };
const MILESTONE_KIND = { 未开始: '', 已提交: 'amber', 需整改: 'red', 通过: 'green', 不通过: 'red' };

let context;

page('榜单详情', async ({ user }) => {
  const id = params().get('id');
  if (!id) throw new Error('缺少榜单编号（?id=CHL-…）');
  context = { id, user, v: await vocab() };
  knowIndustries(context.v);
  await render();
});

async function render(message) {
  const { id, user, v } = context;
  const c = await api.get(`/api/challenges/${encodeURIComponent(id)}`);
  const moves = await api.get(`/api/challenges/${encodeURIComponent(id)}/transitions`).catch(() => ({ available: [], log: [] }));
  let ranked = null;
  if (hasRole(user, 'OFFICIAL', 'REVIEWER', 'UNIVERSITY', 'ENTERPRISE') && c.status !== '草稿' && c.status !== '已发布') {
    ranked = await api.get(`/api/challenges/${encodeURIComponent(id)}/applications`).catch(() => null);
  }
  document.title = `${c.title} · 揭榜挂帅 · TechMatch`;
  const shareTotal = c.milestones.reduce((s, m) => s + (m.sharePercent || 0), 0);
  clear($('#challenge'),
    message ? notice('success', message) : null,
    !message && params().get('published') ? notice('success', '榜单已发布') : null,
    c.status === '草稿' && hasRole(user, 'OFFICIAL', 'MANAGER') ? notice('info', '这是草稿的预览，发布前只有本区科技局和技术经理人可见。', ' ',
      h('a', { class: 'btn small', id: 'edit-draft', href: `/challenge-edit.html?id=${encodeURIComponent(c.id)}` }, '编辑草稿')) : null,
    h('div', { class: 'page-title' }, h('h1', { id: 'record-title' }, c.title),
      h('span', { class: `badge ${STATUS_KIND[c.status] || ''}`, id: 'challenge-status' }, c.status)),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card' }, h('h2', {}, '榜单难题'), prose(c.problem), h('h3', {}, '技术指标'), indicatorTable(c.indicators)),
      h('section', { class: 'card' }, h('h2', {}, '榜单信息'), fieldList([
        ['编号', c.id], ['状态', c.status], ['责任单位', c.office ? (c.office.district ? `${c.office.name}（${c.office.district}）` : c.office.name) : null],
        ['技术领域', c.techField], ['行业', industry(c.industry)], ['总预算', wan(c.budgetWan)],
        ['政府支持', c.support ? `${wan(c.support.amountWan)}（${c.support.form}）` : null],
        ['揭榜截止', h('strong', {}, c.applicationDeadline || '—')], ['申报条件', c.eligibility],
        ['项目周期', `${c.projectStart || '—'} 至 ${c.projectEnd || '—'}`],
        ['来源需求', c.demandIds.length ? c.demandIds.map(d => h('a', { href: `/demand.html?id=${encodeURIComponent(d)}`, style: { marginRight: '8px' } }, d)) : null],
        ['评审标准', c.criteria.map(k => `${k.name} ${k.weight}%`).join('；')],
        ['揭榜方', c.awardee], ['已拨付', wan(c.milestones.reduce((s, m) => s + (m.releasedWan || 0), 0))],
      ]))),
    milestoneSection(c, user, shareTotal),
    movesSection(c, moves, user),
    ranked ? applicationsSection(c, ranked, user) : null,
    c.status === '揭榜中' && hasRole(user, 'UNIVERSITY', 'ENTERPRISE') ? applicationForm(c, user, v) : null,
    c.status === '揭榜中' && user.role === 'ANONYMOUS' ? notice('info', '高校、院所或企业登录后可在此揭榜。') : null,
    moves.log?.length ? h('section', { class: 'card' }, h('h2', {}, '流转记录'), h('ol', { class: 'timeline' }, moves.log.map(t =>
      h('li', {}, h('strong', {}, t.action), ` ${t.from} → ${t.to}`, h('div', { class: 'small muted' },
        `${date(t.at)} · ${t.organisation || t.role}${t.reason ? ` · ${t.reason}` : ''}`))))) : null);
}

function milestoneSection(c, user, shareTotal) {
  const running = c.status === '里程碑执行';
  const isAwardee = c.awardee && user.organisation === c.awardee && hasRole(user, 'UNIVERSITY', 'ENTERPRISE');
  const nextOpen = c.milestones.findIndex(m => m.status !== '通过');
  return h('section', { class: 'card', id: 'milestones' }, h('h2', {}, '里程碑', h('span', { class: 'small muted' }, `（拨付比例合计 ${shareTotal}%）`)),
    c.milestones.map((m, i) => h('div', { class: 'milestone', dataset: { n: i + 1 } },
      h('div', { class: 'row' }, h('strong', {}, `${i + 1}. ${m.name}`), h('span', { class: `badge ${MILESTONE_KIND[m.status] || ''} milestone-status` }, m.status),
        h('span', { class: 'spacer' }), h('span', { class: 'small' }, `应完成 ${m.dueDate || '—'} · 拨付 ${m.sharePercent}%`,
          m.releasedWan ? ` · 已拨付 ${wan(m.releasedWan)}` : '')),
      h('div', { class: 'small' }, m.deliverable),
      m.evidence?.length ? h('div', { class: 'small' }, h('strong', {}, '提交的材料：'), h('ul', {}, m.evidence.map(e => h('li', {}, `${date(e.at)} ${e.text}`)))) : null,
      m.reviews?.length ? h('div', { class: 'small' }, h('strong', {}, '评审意见：'), h('ul', {}, m.reviews.map(r => h('li', {},
        `${r.outcome}${r.comment ? `：${r.comment}` : ''}${r.reviewer ? `（${r.reviewer}）` : ''}`)))) : null,
      running && isAwardee && i === nextOpen && m.status !== '已提交' ? evidenceForm(c, i + 1) : null,
      running && hasRole(user, 'OFFICIAL', 'REVIEWER') && m.status === '已提交' ? milestoneReviewForm(c, i + 1, user) : null)));
}

function evidenceForm(c, n) {
  const form = h('form', { class: 'evidence-form', novalidate: true }, h('div', { class: 'form-summary' }),
    h('div', { class: 'field', dataset: { field: 'text' } }, h('label', { class: 'req' }, '提交验收材料'),
      h('textarea', { name: 'text', rows: 2, placeholder: '如：样机测试报告，预警提前 9 分钟' })),
    h('div', { class: 'form-actions' }, h('button', { class: 'btn small', type: 'submit' }, '提交里程碑材料')));
  form.addEventListener('submit', submitter(form, () => api.post(`/api/challenges/${c.id}/milestones/${n}/evidence`,
    compact({ version: c.version, text: value(form, 'text') })), `里程碑 ${n} 材料已提交`));
  return form;
}

function milestoneReviewForm(c, n, user) {
  const form = h('form', { class: 'milestone-review-form', novalidate: true }, h('div', { class: 'form-summary' }),
    h('div', { class: 'form-grid' },
      h('div', { class: 'field', dataset: { field: 'outcome' } }, h('label', { class: 'req' }, '评审结论'),
        options(h('select', { name: 'outcome' }), context.v.milestoneOutcomes, { blank: '请选择' })),
      h('div', { class: 'field', dataset: { field: 'reviewer' } }, h('label', {}, '评审人'),
        h('input', { name: 'reviewer', value: user.displayName || '' })),
      h('div', { class: 'field wide', dataset: { field: 'comment' } }, h('label', {}, '意见（需整改、不通过时必填）'),
        h('input', { name: 'comment' }))),
    h('div', { class: 'form-actions' }, h('button', { class: 'btn small', type: 'submit' }, '提交里程碑评审')));
  form.addEventListener('submit', submitter(form, () => api.post(`/api/challenges/${c.id}/milestones/${n}/reviews`,
    compact({ version: c.version, outcome: value(form, 'outcome'), comment: value(form, 'comment'), reviewer: value(form, 'reviewer') })),
  `里程碑 ${n} 评审已记录`));
  return form;
}

function movesSection(c, moves, user) {
  const available = (moves.available || []).filter(m => m.name !== 'award');
  if (!available.length) return null;
  return h('section', { class: 'card', id: 'moves' }, h('h2', {}, '榜单操作'),
    available.map(m => {
      const form = h('form', { class: 'row move-form', dataset: { move: m.name }, novalidate: true, style: { marginBottom: '8px' } },
        h('div', { class: 'form-summary', style: { flexBasis: '100%' } }),
        h('div', { class: 'field', dataset: { field: 'reason' }, style: { flex: '1 1 260px' } },
          h('input', { name: 'reason', placeholder: m.needsReason ? '原因（必填）' : '说明（可选）', 'aria-label': `${m.action}的原因` })),
        h('button', { class: `btn ${m.name === 'terminate' || m.name === 'reject' ? 'danger' : ''}`, type: 'submit' },
          `${m.action} → ${m.to}`));
      form.addEventListener('submit', submitter(form, () => api.post(`/api/challenges/${c.id}/${m.name}`,
        compact({ version: c.version, reason: value(form, 'reason') })), `已${m.action}，榜单进入「${m.to}」`));
      return form;
    }), user.role === 'OFFICIAL' && c.status === '评审中' ? h('p', { class: 'small muted' }, '立项请在下方申报列表中选定揭榜方。') : null);
}

function applicationsSection(c, ranked, user) {
  const reviewing = c.status === '评审中';
  return h('section', { class: 'card', id: 'applications' },
    h('h2', {}, hasRole(user, 'OFFICIAL', 'REVIEWER') ? `揭榜申报与评审（${ranked.items.length}）` : '我的揭榜申报'),
    h('p', { class: 'small muted' }, `排序：${ranked.rankedBy}`),
    ranked.items.length ? ranked.items.map(item => {
      const a = item.application;
      const awarded = c.awardedApplicationId === a.id;
      return h('article', { class: 'match application', dataset: { id: a.id } },
        h('div', { class: 'match-head' }, h('span', { class: 'match-rank' }, item.rank),
          h('div', { class: 'match-title' }, h('h3', {}, a.title), h('div', {}, badge(a.applicant?.name, 'blue'), badge(a.status, awarded ? 'green' : ''),
            a.maturity ? badge(a.maturity) : null, a.priceWan != null ? badge(`报价 ${wan(a.priceWan)}`) : null,
            item.averageScore != null ? badge(`评审均分 ${item.averageScore.toFixed(1)}（${item.reviewCount} 份）`, 'amber') : null)),
          item.match ? scoreBar(item.match.score, ranked.threshold, item.match.good, item.match.level) : null),
        h('p', { class: 'small', style: { margin: '8px 0 4px' } }, h('strong', {}, '技术路线：'), a.approach),
        h('p', { class: 'small', style: { margin: 0 } }, h('strong', {}, '进度安排：'), a.schedule || '—', '　',
          h('strong', {}, '团队：'), [a.team?.name, a.team?.members?.join('、')].filter(Boolean).join(' ') || '—'),
        item.match?.explanation?.summary ? h('p', { class: 'small muted', style: { margin: '4px 0' } }, '引擎预排序理由：', item.match.explanation.summary) : null,
        a.reviews?.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'small reviews' },
          h('thead', {}, h('tr', {}, h('th', {}, '评审人'), c.criteria.map(k => h('th', { class: 'num' }, `${k.name}（${k.weight}%）`)),
            h('th', { class: 'num' }, '加权得分'), h('th', {}, '意见'))),
          h('tbody', {}, a.reviews.map(r => h('tr', {}, h('td', {}, r.reviewer || '评审专家'),
            c.criteria.map(k => h('td', { class: 'num' }, r.scores?.[k.name] ?? '—')),
            h('td', { class: 'num' }, r.weightedScore?.toFixed(1)), h('td', {}, r.comment || '')))))) : null,
        reviewing && user.role === 'REVIEWER' ? reviewForm(c, a, user) : null,
        reviewing && user.role === 'OFFICIAL' ? awardForm(c, a) : null);
    }) : notice('empty', '暂无揭榜申报'));
}

function reviewForm(c, a, user) {
  const form = h('form', { class: 'review-form', novalidate: true, style: { marginTop: '10px' } }, h('div', { class: 'form-summary' }),
    h('div', { class: 'row' }, c.criteria.map(k => h('label', { class: 'field small', dataset: { field: `scores.${k.name}` }, style: { width: '9em' } },
      `${k.name}`, h('input', { type: 'number', name: `score:${k.name}`, min: 0, max: 100, step: 'any', placeholder: '0–100' })))),
    h('div', { class: 'row', style: { marginTop: '6px' } },
      h('div', { class: 'field', dataset: { field: 'reviewer' }, style: { width: '9em' } }, h('input', { name: 'reviewer', value: user.displayName || '', 'aria-label': '评审人', placeholder: '评审人' })),
      h('div', { class: 'field', dataset: { field: 'comment' }, style: { flex: 1 } }, h('input', { name: 'comment', placeholder: '评审意见', 'aria-label': '评审意见' })),
      h('button', { class: 'btn small', type: 'submit' }, '提交评分')));
  form.addEventListener('submit', submitter(form, () => {
    const scores = {};
    for (const k of c.criteria) {
      const s = number(form, `score:${k.name}`);
      if (s !== undefined) scores[k.name] = s;
    }
    return api.post(`/api/challenges/${c.id}/applications/${a.id}/reviews`, compact({ reviewer: value(form, 'reviewer'), scores, comment: value(form, 'comment') }));
  }, `已提交对「${a.title}」的评分`));
  return form;
}

function awardForm(c, a) {
  const form = h('form', { class: 'row award-form', novalidate: true, style: { marginTop: '10px' } }, h('div', { class: 'form-summary', style: { flexBasis: '100%' } }),
    h('div', { class: 'field', dataset: { field: 'reason' }, style: { flex: 1 } }, h('input', { name: 'reason', placeholder: '立项理由，如：综合评分第一', 'aria-label': '立项理由' })),
    h('button', { class: 'btn success', type: 'submit' }, '选定揭榜方并立项'));
  form.addEventListener('submit', submitter(form, () => api.post(`/api/challenges/${c.id}/award`,
    compact({ version: c.version, applicationId: a.id, reason: value(form, 'reason') })), `已立项：${a.applicant?.name}揭榜挂帅`));
  return form;
}

function applicationForm(c, user, v) {
  const field = (name, label, input, { required, wide, hint } = {}) => h('div', { class: `field ${wide ? 'wide' : ''}`, dataset: { field: name } },
    h('label', { class: required ? 'req' : null }, label), input, hint ? h('span', { class: 'hint' }, hint) : null);
  const form = h('form', { class: 'card', id: 'application-form', novalidate: true }, h('h2', {}, '我要揭榜'),
    h('p', { class: 'small muted' }, `揭榜截止 ${c.applicationDeadline}；每个单位限报一次。`), h('div', { class: 'form-summary' }),
    h('div', { class: 'form-grid' },
      field('title', '方案名称', h('input', { name: 'title' }), { required: true, wide: true }),
      field('applicant.name', '揭榜单位', h('input', { name: 'applicant.name', value: user.organisation || '' }), { required: true, hint: '须为本单位' }),
      field('applicant.kind', '单位类型', options(h('select', { name: 'applicant.kind' }), v.orgKinds, { selected: user.role === 'ENTERPRISE' ? '企业' : '高校' })),
      field('team.name', '团队名称', h('input', { name: 'team.name' })),
      field('team.members', '团队成员', h('input', { name: 'team.members', placeholder: '用逗号或顿号分隔' })),
      field('approach', '技术路线', h('textarea', { name: 'approach', rows: 4 }), { required: true, wide: true }),
      field('achievementIds', '关联成果编号', h('input', { name: 'achievementIds', placeholder: '如 ACH-000213，多个用逗号分隔' })),
      field('maturity', '技术成熟度', options(h('select', { name: 'maturity' }), v.maturities, { blank: '请选择' })),
      field('priceWan', '报价（万元）', h('input', { name: 'priceWan', type: 'number', min: 0, step: 'any' })),
      field('schedule', '进度安排', h('input', { name: 'schedule', placeholder: '如：5 个月完成样机，11 个月完成示范' })),
      field('contact.person', '联系人', h('input', { name: 'contact.person' })),
      field('contact.phone', '电话', h('input', { name: 'contact.phone' }))),
    h('div', { class: 'form-actions' }, h('button', { class: 'btn', type: 'submit', id: 'apply' }, '提交揭榜申报')));
  form.addEventListener('submit', submitter(form, () => api.post(`/api/challenges/${c.id}/applications`, compact({
    title: value(form, 'title'), applicant: { name: value(form, 'applicant.name'), kind: value(form, 'applicant.kind') },
    team: team(value(form, 'team.name'), words(form.elements.namedItem('team.members').value)),
    approach: value(form, 'approach'), achievementIds: words(form.achievementIds.value), maturity: value(form, 'maturity'),
    priceWan: number(form, 'priceWan'), schedule: value(form, 'schedule'),
    contact: { person: value(form, 'contact.person'), phone: value(form, 'contact.phone') },
  })), '揭榜申报已提交'));
  return form;
}

function team(name, members) {
  return name || members.length ? { name, members } : undefined;
}

/** A submit handler: run the request, show field problems on failure, re-render with a message on success. */
function submitter(form, request, message) {
  return async event => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    await busy(button, async () => {
      try {
        await request();
      } catch (e) {
        showProblems(form, e);
        return;
      }
      await render(message);
      window.scrollTo(0, 0);
    });
  };
}
