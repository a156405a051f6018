// 对接详情: the docking, its dated steps, and the form to record the next step (stage, note, next action,
// contract when signed, reason when abandoned).
import { api } from '../api.js';
import { page, hasRole } from '../layout.js';
import { h, $, clear, params, notice, badge, date, percent } from '../dom.js';
import { fieldList } from '../records.js';
import { vocab, options, value, number, compact, showProblems, busy } from '../forms.js';

page('对接详情', async ({ user }) => {
  const id = params().get('id');
  if (!id) throw new Error('缺少对接编号（?id=DKG-…）');
  const v = await vocab();
  await render(id, v, user, params().get('created') ? '对接已登记。' : null);
});

async function render(id, v, user, message) {
  const d = await api.get(`/api/dockings/${encodeURIComponent(id)}`);
  document.title = `${d.title || d.id} · 对接 · TechMatch`;
  const final = ['已签约', '已放弃'].includes(d.stage);
  clear($('#docking'),
    message ? notice('success', message) : null,
    h('div', { class: 'page-title' }, h('h1', { id: 'record-title' }, d.title || d.id),
      badge(d.stage, d.stage === '已签约' ? 'green' : d.stage === '已放弃' ? 'red' : 'blue'),
      // the workbench is the brokers' page; a party of the docking goes back to the demand it is about
      hasRole(user, 'MANAGER', 'OFFICIAL')
        ? h('a', { class: 'btn ghost small', href: '/workbench.html' }, '返回工作台')
        : d.demandId ? h('a', { class: 'btn ghost small', href: `/demand.html?id=${encodeURIComponent(d.demandId)}` }, '返回需求') : null),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card' }, h('h2', {}, '对接信息'), fieldList([
        ['编号', d.id], ['阶段', h('span', { id: 'docking-stage' }, d.stage)],
        ['技术需求', d.demandId ? h('a', { href: `/demand.html?id=${encodeURIComponent(d.demandId)}` }, d.demandId) : null],
        ['需求方', d.demandSide?.name],
        ['科技成果', d.achievementId ? h('a', { href: `/achievement.html?id=${encodeURIComponent(d.achievementId)}` }, d.achievementId) : null],
        ['供给方', d.supplySide?.name], ['团队', d.team?.name], ['技术经理人', d.manager ? `${d.manager.name} · ${d.manager.organisation}` : null],
        ['来源', d.source], ['匹配度', d.matchScore != null ? percent(d.matchScore) : null],
        ['下一步', d.nextAction ? `${d.nextAction.what}${d.nextAction.dueDate ? `（${d.nextAction.dueDate} 前）` : ''}` : null],
        ['合同', d.contract ? `${d.contract.kind} · ${d.contract.valueWan} 万元 · ${d.contract.paymentTerms} · ${date(d.contract.signedOn)}` : null],
        ['放弃原因', d.abandonReason], ['地区 / 领域 / 产业链', [d.region, d.techField, d.chain].filter(Boolean).join(' / ')],
      ])),
      h('section', { class: 'card' }, h('h2', {}, '进展记录'), h('ol', { class: 'timeline', id: 'steps' }, d.steps.map(s => h('li', {},
        h('strong', {}, s.stage), ' ', h('span', { class: 'small muted' }, `${s.date}${s.recordedBy ? ` · ${s.recordedBy}` : ''}`),
        h('div', {}, s.note || '')))))),
    final ? notice('info', `该对接${d.stage}，不再记录进展。`)
      : hasRole(user, 'MANAGER', 'OFFICIAL') ? stepForm(d, v, user) : null);
}

function stepForm(d, v, user) {
  const stages = v.dockingStages.slice(v.dockingStages.indexOf(d.stage));
  const contract = h('div', { class: 'form-grid contract-fields', hidden: true },
    h('div', { class: 'field', dataset: { field: 'contract.kind' } }, h('label', { class: 'req' }, '合同类型'),
      options(h('select', { name: 'contract.kind' }), v.contractKinds, { blank: '请选择' })),
    h('div', { class: 'field', dataset: { field: 'contract.valueWan' } }, h('label', { class: 'req' }, '合同金额（万元）'),
      h('input', { name: 'contract.valueWan', type: 'number', min: 0, step: 'any' })),
    h('div', { class: 'field', dataset: { field: 'contract.paymentTerms' } }, h('label', { class: 'req' }, '支付方式'),
      options(h('select', { name: 'contract.paymentTerms' }), v.paymentTerms, { blank: '请选择' })));
  const reason = h('div', { class: 'field wide', dataset: { field: 'reason' }, hidden: true },
    h('label', { class: 'req' }, '放弃原因'), h('input', { name: 'reason' }));
  const stage = options(h('select', { name: 'stage', id: 'step-stage' }), stages, { selected: stages[1] || stages[0] });
  const toggle = () => {
    contract.hidden = stage.value !== '已签约';
    reason.hidden = stage.value !== '已放弃';
  };
  stage.addEventListener('change', toggle);
  const form = h('form', { class: 'card', id: 'step-form', novalidate: true },
    h('h2', {}, '记录下一步进展'), h('div', { class: 'form-summary' }),
    h('div', { class: 'form-grid' },
      h('div', { class: 'field', dataset: { field: 'stage' } }, h('label', { class: 'req' }, '进展到'), stage,
        h('span', { class: 'hint' }, '选当前阶段即为跟进记录；阶段只能向前推进')),
      h('div', { class: 'field', dataset: { field: 'date' } }, h('label', {}, '日期'), h('input', { name: 'date', type: 'date' }),
        h('span', { class: 'hint' }, '默认今天')),
      h('div', { class: 'field wide', dataset: { field: 'note' } }, h('label', { class: 'req' }, '情况说明'),
        h('textarea', { name: 'note', rows: 3, placeholder: '如：双方在企业现场见面，确认了技术指标与合作方式' })),
      reason,
      h('div', { class: 'field', dataset: { field: 'nextAction.what' } }, h('label', {}, '计划的下一步'),
        h('input', { name: 'nextAction.what', placeholder: '如：起草技术许可合同' })),
      h('div', { class: 'field', dataset: { field: 'nextAction.dueDate' } }, h('label', {}, '计划完成日期'),
        h('input', { name: 'nextAction.dueDate', type: 'date' }))),
    contract,
    h('div', { class: 'form-actions' }, h('button', { class: 'btn', type: 'submit', id: 'save-step' }, '保存进展')));
  toggle();
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await busy($('#save-step'), async () => {
      const signed = stage.value === '已签约';
      try {
        await api.post(`/api/dockings/${encodeURIComponent(d.id)}/steps`, compact({
          version: d.version, stage: stage.value, date: value(form, 'date'), note: value(form, 'note'),
          reason: stage.value === '已放弃' ? value(form, 'reason') : undefined,
          nextAction: { what: value(form, 'nextAction.what'), dueDate: value(form, 'nextAction.dueDate') },
          contract: signed ? { kind: value(form, 'contract.kind'), valueWan: number(form, 'contract.valueWan'),
            paymentTerms: value(form, 'contract.paymentTerms') } : undefined,
        }));
        await render(d.id, await vocab(), user, `已记录：${stage.value}`);
      } catch (e) {
        showProblems(form, e);
      }
    });
  });
  return form;
}
