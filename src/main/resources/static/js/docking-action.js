// 「发起对接」 on a match: a technology manager (or an official) records a docking from the match — with an
// achievement or with a matched expert or team. A pair that already has a docking shows a link to it instead, and a
// refused duplicate (409) links to the existing one.
import { api, ApiError } from './api.js';
import { h, percent, notice } from './dom.js';
import { showProblems } from './forms.js';

const LIVE = ['初步介绍', '见面洽谈', '商务谈判'];

/** The dockings of a demand (GET /api/dockings/of-demand/{id}), or [] when the viewer may not list them. */
export async function dockingsOf(demandId) {
  try {
    return await api.get(`/api/dockings/of-demand/${encodeURIComponent(demandId)}`);
  } catch {
    return [];
  }
}

/** A link to a docking, with its stage. */
export function dockingLink(d) {
  return h('a', { class: 'existing-docking', href: `/docking.html?id=${encodeURIComponent(d.id)}`, dataset: { id: d.id } },
    `已有对接 ${d.id}（${d.stage}）`);
}

/**
 * pair(match) → {demandId, achievementId} or {demandId, expertId}; existing: the demand's dockings. Returns the
 * action element for matchCard().
 */
export function dockingAction(user, pair, existing = []) {
  return match => {
    const { demandId, achievementId, expertId } = pair(match);
    const same = existing.filter(d => d.demandId === demandId && (achievementId ? d.achievementId === achievementId
      : d.expertId === expertId));
    const live = same.find(d => LIVE.includes(d.stage));
    const links = same.map(dockingLink);
    if (live) return h('div', { class: 'row' }, links);
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
          demandId, achievementId, expertId, source: '匹配推荐', matchScore: match.score, note: form.note.value.trim() || undefined,
          manager: { name: user.displayName || user.username || undefined, organisation: user.organisation || undefined },
          nextAction: what ? { what, dueDate: form.due.value || undefined } : undefined,
        });
        location.href = `/docking.html?id=${encodeURIComponent(created.id)}&created=1`;
      } catch (e) {
        showProblems(form, e);
        duplicateLink(form, e);
      }
    });
    const open = h('button', { class: 'btn small create-docking', type: 'button', onclick: () => {
      form.hidden = false;
      open.hidden = true;
    } }, '发起对接');
    return h('div', { style: { width: '100%' } }, links.length ? h('div', { class: 'row small' }, links) : null, open, form);
  };
}

/** After a 409 for a pair that already has a live docking: a link to it in the form's summary. */
export function duplicateLink(form, e) {
  if (!(e instanceof ApiError) || e.status !== 409 || !e.problem?.existingUrl) return;
  form.querySelector('.form-summary')?.append(notice('info', '该供需对已在对接中：',
    h('a', { href: e.problem.existingUrl, id: 'existing-docking-link' }, `查看对接 ${e.problem.existingId}`)));
}
