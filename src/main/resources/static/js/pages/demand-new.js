// 企业出题: the demand form with controlled choices, a live preview of the best matches (POST /api/match),
// and the server's validation messages next to each field.
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
    try {
      const result = await api.post('/api/match', draft, { size: 5 });
      if (mine === sequence) renderPage(preview, result, { compact: true });
    } catch (e) {
      if (mine === sequence) clear(preview, notice('error', `预览暂不可用：${e.detail || e.message}`));
    }
  }, 600);
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
