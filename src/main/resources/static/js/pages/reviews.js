// 审核: sign-ups and self-registered organisations' new records waiting for this reviewer (its district's, or
// every district's for managers and city-level officials); publish or return with a reason.
import { api } from '../api.js';
import { page } from '../layout.js';
import { h, $, clear, notice, loading, date } from '../dom.js';

page('审核', async () => {
  await Promise.all([registrations(), records()]);
});

async function registrations() {
  const list = $('#registrations .list');
  clear(list, loading());
  const pending = await api.get('/api/registrations', { status: '待审核' });
  clear(list, pending.length ? pending.map(r => decisionItem({
    id: r.username,
    title: `${r.organisation}（${r.roleLabel}）`,
    details: `登录名 ${r.username} · ${r.district} · 统一社会信用代码 ${r.creditCode} · 联系人 ${r.contactPerson} ${r.phone} · 提交于 ${date(r.submittedAt)}`,
    approveLabel: '通过',
    approve: () => api.post(`/api/registrations/${encodeURIComponent(r.username)}/approve`, {}),
    reject: reason => api.post(`/api/registrations/${encodeURIComponent(r.username)}/return`, { reason }),
  })) : h('p', { class: 'muted' }, '暂无待审核的注册申请'));
}

async function records() {
  const list = $('#records .list');
  clear(list, loading());
  const queue = await api.get('/api/reviews');
  clear(list, queue.length ? queue.map(r => {
    const page_ = r.library === 'demands' ? '/demand.html' : '/achievement.html';
    const kind = r.library === 'demands' ? '技术需求' : '科技成果';
    return decisionItem({
      id: r.id,
      title: h('a', { href: `${page_}?id=${encodeURIComponent(r.id)}`, target: '_blank' }, `${kind}：${r.title}`),
      details: `${r.id} · ${r.organisation} · ${r.district || '—'} · 提交于 ${date(r.submittedAt)}`
        + (r.lastDecision?.decision === '退回' ? ` · 曾退回：${r.lastDecision.reason}（已重新提交）` : ''),
      approveLabel: '发布',
      approve: () => api.post(`/api/reviews/${r.library}/${encodeURIComponent(r.id)}/publish`, { version: r.version }),
      reject: reason => api.post(`/api/reviews/${r.library}/${encodeURIComponent(r.id)}/return`, { version: r.version, reason }),
    });
  }) : h('p', { class: 'muted' }, '暂无待审核的需求或成果'));
}

/** One waiting item: approve at once, or return with the reason typed next to it. */
function decisionItem({ id, title, details, approveLabel, approve, reject }) {
  const reason = h('input', { class: 'return-reason', placeholder: '退回原因（申请人会看到）', 'aria-label': '退回原因' });
  const box = h('div', { class: 'item', dataset: { id } },
    h('div', { class: 'title' }, title), h('div', { class: 'small muted' }, details),
    h('div', { class: 'match-actions' },
      h('button', { class: 'btn small', type: 'button', 'data-action': 'approve', onclick: () => decide(box, approve) }, approveLabel),
      reason,
      h('button', { class: 'btn small ghost', type: 'button', 'data-action': 'return', onclick: () => {
        if (!reason.value.trim()) {
          reason.classList.add('invalid');
          decided(box, notice('error', '请填写退回原因'));
          return;
        }
        decide(box, () => reject(reason.value.trim()));
      } }, '退回')));
  return box;
}

async function decide(box, work) {
  try {
    const result = await work();
    box.querySelectorAll('button').forEach(b => { b.disabled = true; });
    decided(box, notice('success', result?.status === '已退回' || result?.decision === '退回' ? '已退回' : '已通过'));
    box.dataset.decided = 'true';
  } catch (e) {
    decided(box, notice('error', e.detail || e.message));
  }
}

function decided(box, message) {
  box.querySelector('.notice')?.remove();
  box.append(message);
}
