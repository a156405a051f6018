// 人工撮合: a manager (or an official) records a docking it brokered by hand — a demand and an achievement or an
// expert/team found here by number or keywords. A pair already in docking is refused with a link to that docking.
import { api } from '../api.js';
import { page, hasRole } from '../layout.js';
import { h, $, clear, params, notice } from '../dom.js';
import { value, compact, showProblems, clearProblems, busy } from '../forms.js';
import { duplicateLink } from '../docking-action.js';

const LIBRARY = { achievement: '/api/achievements', expert: '/api/experts' };

page('人工撮合', async ({ user, main }) => {
  if (!hasRole(user, 'MANAGER', 'OFFICIAL')) {
    clear(main, notice('error', `「人工撮合」仅供技术经理人、区科技局管理员使用${user.role === 'ANONYMOUS' ? '，请先登录。' : `，您当前登录的是${user.roleLabel}账号。`}`,
      ' ', h('a', { href: '/login' }, user.role === 'ANONYMOUS' ? '去登录' : '换个账号登录')));
    return;
  }
  const form = $('#manual-docking-form');
  const supplyKind = () => form.querySelector('input[name=supplyKind]:checked').value;
  $('#demand-find').addEventListener('click', () => find(form.demandId, '/api/demands', $('#demand-q').value));
  $('#supply-find').addEventListener('click', () => find(form.supplyId, LIBRARY[supplyKind()], $('#supply-q').value));
  form.querySelectorAll('input[name=supplyKind]').forEach(r => r.addEventListener('change', () =>
    clear(form.supplyId, h('option', { value: '' }, '请先查找'))));
  const given = params().get('demandId');
  if (given) await find(form.demandId, '/api/demands', given);

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    await busy($('#save-docking'), async () => {
      const what = value(form, 'what');
      const supply = value(form, 'supplyId');
      try {
        const created = await api.post('/api/dockings', compact({
          demandId: value(form, 'demandId'),
          achievementId: supplyKind() === 'achievement' ? supply : undefined,
          expertId: supplyKind() === 'expert' ? supply : undefined,
          source: '人工撮合', note: value(form, 'note'),
          manager: { name: user.displayName || user.username, organisation: user.organisation },
          nextAction: what ? { what, dueDate: value(form, 'due') } : undefined,
        }));
        location.href = `/docking.html?id=${encodeURIComponent(created.id)}&created=1`;
      } catch (e) {
        showProblems(form, supplyProblems(e, supplyKind()));
        duplicateLink(form, e);
      }
    });
  });
});

/** The server names achievementId/expertId/supplySide; on this form they are one select. */
function supplyProblems(e, kind) {
  for (const problem of e.errors || []) {
    if (['achievementId', 'expertId', 'supplySide'].includes(problem.field)) problem.field = 'supplyId';
  }
  return e;
}

/** Fills a select with the records found by number or keywords (the list a person would search). */
async function find(select, path, query) {
  const q = (query || '').trim();
  clear(select, h('option', { value: '' }, '查找中…'));
  const records = [];
  if (/^(DEM|ACH|EXP)-\d+$/i.test(q)) {
    try {
      records.push(await api.get(`${path}/${encodeURIComponent(q.toUpperCase())}`));
    } catch {
      // not there: fall through to "none found"
    }
  } else {
    const result = await api.get(path, { q: q || undefined, size: 20 });
    records.push(...result.items.map(i => i.record));
  }
  clear(select, records.length ? records.map(r => h('option', { value: r.id }, `${r.id} ${r.title || r.name}`))
    : h('option', { value: '' }, '未找到，请换个关键词'));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
