// 「发起对接」 on a match: a technology manager (or an official) records a docking from the match.
import { api } from './api.js';
import { h, percent } from './dom.js';
import { showProblems } from './forms.js';

/** demandId/achievementId of the pair; returns the action element for matchCard(). */
export function dockingAction(user, pair) {
  return match => {
    const { demandId, achievementId } = pair(match);
    const form = h('form', { class: 'docking-form', hidden: true },
      h('div', { class: 'form-summary' }),
      h('div', { class: 'form-grid' },
        h('div', { class: 'field wide', dataset: { field: 'note' } }, h('label', { class: 'req' }, '对接说明'),
          h('input', { name: 'note', value: `匹配推荐（匹配度 ${percent(match.score)}）：拟介绍供需双方初步沟通` })),
        h('div', { class: 'field', dataset: { field: 'nextAction.what' } }, h('label', {}, '下一步'),
          h('input', { name: 'what', placeholder: '如：安排双方电话沟通' })),
        h('div', { class: 'field', dataset: { field: 'nextAction.dueDate' } }, h('label', {}, '计划完成日期'),
          h('input', { name: 'due', type: 'date' }))),
      h('div', { class: 'form-actions' }, h('button', { class: 'btn', type: 'submit' }, '确认发起对接'),
        h('button', { class: 'btn ghost', type: 'button', onclick: () => { form.hidden = true; open.hidden = false; } }, '取消')));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const what = form.what.value.trim();
      try {
        const created = await api.post('/api/dockings', {
          demandId, achievementId, source: '匹配推荐', matchScore: match.score, note: form.note.value.trim() || undefined,
          manager: { name: user.displayName || user.username || undefined, organisation: user.organisation || undefined },
          nextAction: what ? { what, dueDate: form.due.value || undefined } : undefined,
        });
        location.href = `/docking.html?id=${encodeURIComponent(created.id)}&created=1`;
      } catch (e) {
        showProblems(form, e);
      }
    });
    const open = h('button', { class: 'btn small create-docking', type: 'button', onclick: () => {
      form.hidden = false;
      open.hidden = true;
    } }, '发起对接');
    return h('div', { style: { width: '100%' } }, open, form);
  };
}
