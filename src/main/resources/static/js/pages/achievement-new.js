// 发布成果: the achievement form with controlled choices, a live look at related demands, and the server's
// validation messages next to each field.
import { api } from '../api.js';
import { page, hasRole } from '../layout.js';
import { h, $, $$, clear, notice, loading, words, debounce, highlighted, badge } from '../dom.js';
import { vocab, options, checkboxes, checkedValues, value, moneyRange, compact, showProblems, clearProblems, busy } from '../forms.js';

page('发布成果', async ({ user }) => {
  const form = $('#achievement-form');
  const v = await vocab();
  options(form.techField, v.techFields, { blank: '请选择' });
  options(form.industry, v.industries, { blank: '请选择' });
  options(form.maturity, v.maturities, { blank: '请选择' });
  options(form.region, [...v.districts, ...v.regions.filter(r => !v.districts.includes(r))], { blank: '请选择' });
  options(form.elements.namedItem('owner.kind'), v.orgKinds, { selected: '高校' });
  checkboxes($('#transferModes'), 'transferModes', v.transferModes);
  if (hasRole(user, 'UNIVERSITY') && user.organisation) form.elements.namedItem('owner.name').value = user.organisation;
  const addIp = () => {
    const i = $$('.ip-row', form).length;
    $('#ip-rows').append(h('div', { class: 'inline-inputs ip-row', dataset: { field: `ip[${i}]` }, style: { marginBottom: '6px' } },
      options(h('select', { name: 'ip.kind', 'aria-label': '知识产权类型', style: { width: '10em' } }), v.ipKinds, { blank: '类型' }),
      h('input', { name: 'ip.number', placeholder: '编号，如 ZL2023…', 'aria-label': '知识产权编号', style: { flex: 1 } })));
  };
  addIp();
  $('#add-ip').addEventListener('click', addIp);

  const preview = $('#preview');
  clear(preview, notice('info', '请先填写成果名称或关键词'));
  let sequence = 0;
  form.addEventListener('input', debounce(async () => {
    // The search answers records holding every word of its query, so the title and each keyword are asked
    // separately and the answers merged, title first.
    const queries = [value(form, 'title'), ...words(form.keywords.value)].filter(Boolean).slice(0, 6);
    if (!queries.length) return;
    const mine = ++sequence;
    clear(preview, loading('检索中…'));
    try {
      const pages = await Promise.all(queries.map(q => api.get('/api/demands', { q, size: 5 })));
      if (mine !== sequence) return;
      const seen = new Map();
      for (const page of pages) for (const hit of page.items) if (!seen.has(hit.record.id)) seen.set(hit.record.id, hit);
      const hits = [...seen.values()].slice(0, 8);
      clear(preview, hits.length ? hits.map(hit => h('div', { class: 'item' },
        h('a', { class: 'title', href: `/demand.html?id=${encodeURIComponent(hit.record.id)}` },
          hit.highlights?.title ? highlighted(hit.highlights.title) : hit.record.title),
        h('div', {}, badge(hit.record.techField, 'blue'), badge(hit.record.region))))
        : notice('empty', '暂无相关需求'));
    } catch (e) {
      if (mine === sequence) clear(preview, notice('error', e.message));
    }
  }, 600));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    await busy($('#save'), async () => {
      try {
        const created = await api.post('/api/achievements', achievement(form));
        location.href = `/achievement.html?id=${encodeURIComponent(created.id)}`;
      } catch (e) {
        showProblems(form, e);
      }
    });
  });
});

function achievement(form) {
  const ip = $$('.ip-row', form).map(row => ({ kind: $('select', row).value || undefined, number: $('input', row).value.trim() || undefined }))
    .filter(r => r.kind || r.number);
  return compact({
    title: value(form, 'title'),
    description: value(form, 'description'),
    keywords: words(form.keywords.value),
    applicationScope: value(form, 'applicationScope'),
    owner: { name: value(form, 'owner.name'), kind: value(form, 'owner.kind') },
    team: (() => {
      const name = value(form, 'team.name');
      const members = words(form.elements.namedItem('team.members').value);
      return name || members.length ? { name, members } : undefined;
    })(),
    contact: { person: value(form, 'contact.person'), phone: value(form, 'contact.phone'), email: value(form, 'contact.email') },
    techField: value(form, 'techField'),
    industry: value(form, 'industry'),
    maturity: value(form, 'maturity'),
    region: value(form, 'region'),
    transferModes: checkedValues(form, 'transferModes'),
    askingPrice: moneyRange(form, 'askingPrice'),
    ip,
  });
}
