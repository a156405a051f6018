// 「我有意向」: an enterprise or university tells the owner of a record (or of a match's other side) it wants to work
// with them. The server decides who may (POST /api/interests); this only shows the form to the roles it accepts.
import { api } from './api.js';
import { h } from './dom.js';
import { showProblems } from './forms.js';

/** The button and its short form, or null for roles that cannot express interest. offerId: the sender's own record. */
export function interestButton(user, targetId, offerId) {
  if (!['ENTERPRISE', 'UNIVERSITY'].includes(user.role)) return null;
  const done = h('p', { class: 'small', hidden: true });
  const form = h('form', { class: 'interest-form', hidden: true },
    h('div', { class: 'form-summary' }),
    h('div', { class: 'field wide', dataset: { field: 'message' } }, h('label', { class: 'req' }, '留言（500 字以内）'),
      h('textarea', { name: 'message', rows: 3, maxlength: 500, placeholder: '简要说明合作设想、已有基础和联系方式' })),
    h('div', { class: 'form-actions' }, h('button', { class: 'btn', type: 'submit' }, '发送意向'),
      h('button', { class: 'btn ghost', type: 'button', onclick: () => { form.hidden = true; open.hidden = false; } }, '取消')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const created = await api.post('/api/interests', { targetId, offerId: offerId || undefined,
        message: form.message.value.trim() || undefined });
      form.hidden = true;
      done.hidden = false;
      done.replaceChildren('已发送合作意向（', h('a', { href: '/inbox.html#interests' }, created.id), '），等待对方答复。');
    } catch (e) {
      showProblems(form, e);
    }
  });
  const open = h('button', { class: 'btn small express-interest', type: 'button', onclick: () => {
    form.hidden = false;
    open.hidden = true;
  } }, '我有意向');
  return h('div', { class: 'interest-action' }, open, form, done);
}

/** For a match list: interest in the match's record, offering the page's own record when the viewer owns it. */
export function interestAction(user, offerIdIfOwn) {
  return match => interestButton(user, match.id, offerIdIfOwn);
}
