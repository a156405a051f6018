// 企业出题: the demand form with controlled choices, a live preview of the best matches (POST /api/match),
// guided writing (POST /api/demands/guidance: what is missing, the terms matching achievements use) and the
// server's validation messages next to each field.
import { api } from '../api.js';
import { page, hasRole } from '../layout.js';
import { h, $, clear, notice, loading, lines, debounce } from '../dom.js';
import { vocab, options, checkboxes, checkedValues, value, moneyRange, compact, showProblems, clearProblems, busy } from '../forms.js';
import { renderPage } from '../matches.js';
import { keepDraft, dropDraft, signInHref } from '../draft.js';

const DRAFT = 'draft:demand-new';

page('企业出题', async ({ user }) => {
  const form = $('#demand-form');
  const v = await vocab();
  options(form.techField, v.techFields, { blank: '请选择' });
  options(form.industry, v.industries, { blank: '请选择' });
  options(form.expectedMaturity, v.maturities, { blank: '不限' });
  options(form.region, [...v.districts, ...v.regions.filter(r => !v.districts.includes(r))], { blank: '请选择' });
  options(form.visibility, v.visibilities, { selected: '公开' });
  options(form.elements.namedItem('enterprise.kind'), v.orgKinds, { selected: '企业' });
  checkboxes($('#cooperationModes'), 'cooperationModes', v.transferModes);
  if (hasRole(user, 'ENTERPRISE') && user.organisation) form.elements.namedItem('enterprise.name').value = user.organisation;
  if (user.district) form.region.value = user.district;
  // the date picker offers no past day (the server refuses one: 有效期不能早于今天)
  form.validUntil.min = new Date(Date.now() + 8 * 3600 * 1000).toISOString().substring(0, 10);
  // when the sign-in has lapsed, submitting goes to the sign-in page and back: what was typed is kept meanwhile
  if (keepDraft(form, DRAFT)) {
    $('.form-summary', form).append(notice('info', '已恢复登录前填写的内容，请核对后提交。'));
  }

  const preview = $('#preview');
  clear(preview, notice('info', '请先填写需求名称或描述'));
  let sequence = 0;
  const refresh = debounce(async () => {
    const draft = demand(form);
    if (!draft.title && !draft.description) {
      clear(preview, notice('info', '请先填写需求名称或描述'));
      return;
    }
    const mine = ++sequence;
    clear(preview, loading('正在匹配…'));
    const advice = guides ? api.post('/api/demands/guidance', draft).catch(() => null) : Promise.resolve(null);
    try {
      const result = await api.post('/api/match', draft, { size: 5 });
      if (mine === sequence) renderPage(preview, result, { compact: true });
    } catch (e) {
      if (mine === sequence) clear(preview, notice('error', `预览暂不可用：${e.detail || e.message}`));
    }
    const guidance = await advice;
    if (mine === sequence && guidance) showGuidance(form, guidance, refresh);
  }, 600);
  const guides = hasRole(user, 'ENTERPRISE', 'MANAGER', 'OFFICIAL');
  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    await busy($('#save'), async () => {
      try {
        const created = await api.post('/api/demands', demand(form));
        dropDraft(DRAFT);
        location.href = `/demand.html?id=${encodeURIComponent(created.id)}&created=1`;
      } catch (e) {
        if (e.status === 401) {
          location.href = signInHref();
          return;
        }
        showProblems(form, e);
      }
    });
  });
});

const TIP_LABELS = { indicators: '技术指标', description: '需求描述', expectedMaturity: '期望成熟度', budget: '预算',
  techField: '技术领域' };

/** The writing advice: what is missing (a click goes to the field) and terms to add (a click appends the term). */
function showGuidance(form, guidance, refresh) {
  const box = $('#guidance');
  clear(box, h('h2', {}, '撰写建议'),
    guidance.tips.length ? h('ul', { class: 'guidance-tips small' }, guidance.tips.map(t => h('li', { dataset: { field: t.field } },
      h('a', { href: `#${t.field === 'budget' ? 'budget' : t.field}`, onclick: event => {
        event.preventDefault();
        form.elements.namedItem(t.field === 'budget' ? 'budget.minWan' : t.field)?.focus();
      } }, TIP_LABELS[t.field] || t.field), '：', t.message,
      t.suggestion ? h('span', { class: 'muted' }, `（${t.suggestion}）`) : null)))
      : notice('success', '需求要素齐全'),
    guidance.terms.length ? h('div', { class: 'guidance-terms' },
      h('p', { class: 'small', style: { margin: '6px 0 4px' } },
        `库中匹配成果描述同类技术时常用的术语（来自 ${guidance.basedOn} 项成果，点击加入需求描述）：`),
      guidance.terms.map(t => h('button', { type: 'button', class: 'badge blue term', dataset: { term: t.term },
        title: `见于 ${t.achievementIds.join('、')}`, onclick: () => {
          const d = form.description;
          d.value = `${d.value.trimEnd()}${d.value.trim() ? '；' : ''}${t.term}`;
          refresh();
        } }, `+ ${t.term}`))) : null);
}

function demand(form) {
  return compact({
    title: value(form, 'title'),
    description: value(form, 'description'),
    indicators: lines(form.indicators.value),
    enterprise: { name: value(form, 'enterprise.name'), kind: value(form, 'enterprise.kind') },
    contact: { person: value(form, 'contact.person'), phone: value(form, 'contact.phone'), email: value(form, 'contact.email') },
    techField: value(form, 'techField'),
    industry: value(form, 'industry'),
    expectedMaturity: value(form, 'expectedMaturity'),
    budget: moneyRange(form, 'budget'),
    cooperationModes: checkedValues(form, 'cooperationModes'),
    validUntil: value(form, 'validUntil'),
    region: value(form, 'region'),
    visibility: value(form, 'visibility'),
    chokepoint: form.chokepoint.checked || undefined,
  });
}
