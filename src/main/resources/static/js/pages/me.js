// 我的: an enterprise's or university's own records with what happened to each, its reminders and dockings;
// edit, withdraw and renew in place; how many interests (我有意向) it sent and received, linking to the inbox. A sign-up waiting for approval sees its application here instead.
import { api } from '../api.js';
import { page } from '../layout.js';
import { h, $, clear, notice, loading, badge, date } from '../dom.js';
import { showProblems, clearProblems, busy, value } from '../forms.js';
import { registrationFields, application } from '../registration.js';

const STATUS_KIND = { 征集中: 'green', 已发布: 'green', 对接中: 'green', 已解决: 'green', 待审核: '', 已退回: 'red', 已过期: 'red' };

page('我的', async ({ user }) => {
  passwordForm();
  const root = $('#workspace');
  if (user.pending) {
    await applicationView(root);
    return;
  }
  clear(root, loading());
  const [ws, sent, received] = await Promise.all([api.get('/api/me/records'),
    api.get('/api/interests', { box: 'sent' }), api.get('/api/interests', { box: 'received' })]);
  clear(root,
    h('p', { class: 'muted' }, `单位：${ws.organisation || '—'}`),
    reminders(ws.reminders),
    section('我的技术需求', 'my-demands', ws.demands, d => entry(d, 'demands')),
    section('我的科技成果', 'my-achievements', ws.achievements, a => entry(a, 'achievements')),
    section('揭榜申请', 'my-applications', ws.applications, application_),
    section('对接', 'my-dockings', ws.dockings, docking),
    interests(sent, received));
});

// Only the counts here: the interests themselves are read and answered in the inbox.
function interests(sent, received) {
  const waiting = received.filter(i => i.status === '待答复').length;
  const link = (text, count, id) => h('li', {}, h('a', { href: '/inbox.html#interests', id }, text),
    h('strong', { class: 'count' }, ` ${count}`));
  return h('section', { class: 'card', id: 'my-interests' }, h('h2', {}, '合作意向'),
    h('ul', { class: 'plain' }, link('收到的意向', received.length, 'interests-received'),
      waiting ? h('li', { class: 'small' }, badge(`${waiting} 条待答复`, 'amber')) : null,
      link('发出的意向', sent.length, 'interests-sent')));
}

function section(title, id, list, render) {
  return h('section', { class: 'card', id },
    h('h2', {}, `${title}（${list.length}）`),
    list.length ? list.map(render) : h('p', { class: 'muted' }, '暂无'));
}

function reminders(list) {
  if (!list.length) return null;
  return notice('info', h('strong', {}, '到期提醒'), h('ul', { id: 'reminders' }, list.map(r =>
    h('li', { dataset: { id: r.demandId } }, h('a', { href: `/demand.html?id=${encodeURIComponent(r.demandId)}` }, r.title),
      `：${r.message}`))));
}

function entry(e, library) {
  const link = library === 'demands' ? '/demand.html' : '/achievement.html';
  const actions = h('div', { class: 'match-actions' });
  const box = h('div', { class: 'item', dataset: { id: e.id, status: e.status } },
    h('div', { class: 'row' }, h('a', { class: 'title', href: `${link}?id=${encodeURIComponent(e.id)}` }, e.title),
      badge(e.status, STATUS_KIND[e.status] ?? '')),
    h('div', { class: 'small muted' }, `${e.id} · 更新于 ${date(e.updatedAt)}`, e.validUntil ? ` · 有效期至 ${e.validUntil}` : ''),
    e.events.length ? h('ul', { class: 'why events' }, e.events.map(t => h('li', {}, t))) : null,
    e.dockings.length ? h('div', { class: 'small' }, '对接：', e.dockings.map(d =>
      h('a', { href: `/docking.html?id=${encodeURIComponent(d.id)}`, class: 'docking-link' }, `${d.id}（${d.stage}）`))) : null,
    actions);
  const editable = ['待审核', '已退回', '草稿', '征集中', '已发布', '已过期'].includes(e.status);
  if (editable) actions.append(h('button', { class: 'btn small', type: 'button', 'data-action': 'edit',
    onclick: () => edit(box, e, library) }, e.status === '已退回' ? '修改后重新提交' : '编辑'));
  if (e.renewable) actions.append(...renewControls(e));
  if (!['已关闭', '已撤回', '已解决', '已转化'].includes(e.status)) {
    const withdraw = h('button', { class: 'btn small ghost', type: 'button', 'data-action': 'withdraw' }, '撤回');
    withdraw.addEventListener('click', async () => {
      if (withdraw.dataset.confirm !== 'yes') {
        withdraw.dataset.confirm = 'yes';
        withdraw.textContent = '确认撤回？';
        return;
      }
      await act(box, () => api.del(`/api/${library}/${encodeURIComponent(e.id)}`, { version: e.version }), '已撤回');
    });
    actions.append(withdraw);
  }
  return box;
}

function renewControls(e) {
  const until = h('input', { type: 'date', 'aria-label': '续期至', class: 'renew-date', style: { width: 'auto' } });
  const renew = async body => act(until.closest('.item'),
    () => api.post(`/api/demands/${encodeURIComponent(e.id)}/renew`, body), '已续期');
  return [
    h('button', { class: 'btn small', type: 'button', 'data-action': 'renew', onclick: () => renew({}) }, '续期 6 个月'),
    until,
    h('button', { class: 'btn small ghost', type: 'button', 'data-action': 'renew-to',
      onclick: () => renew({ validUntil: until.value || undefined }) }, '续期至所选日期'),
  ];
}

/** Runs a change, then reloads the workspace (what happened may change with it); errors stay on the item. */
async function act(box, work, done) {
  box.querySelector('.notice')?.remove();
  try {
    await work();
    box.append(notice('success', done));
    setTimeout(() => location.reload(), 400);
  } catch (e) {
    box.append(notice('error', e.detail || e.message));
  }
}

/** Edits the fields an owner corrects most (a returned record goes back to review when saved). */
async function edit(box, e, library) {
  const record = await api.get(`/api/${library}/${encodeURIComponent(e.id)}`);
  const form = h('form', { class: 'edit-form', novalidate: true },
    h('div', { class: 'form-summary' }),
    h('div', { class: 'form-grid' },
      h('div', { class: 'field wide', dataset: { field: 'title' } }, h('label', { class: 'req' }, '名称'),
        h('input', { name: 'title', value: record.title })),
      h('div', { class: 'field wide', dataset: { field: 'description' } }, h('label', { class: 'req' }, '描述'),
        h('textarea', { name: 'description', rows: 5 }, record.description || '')),
      library === 'demands' ? h('div', { class: 'field', dataset: { field: 'validUntil' } }, h('label', {}, '有效期至'),
        h('input', { name: 'validUntil', type: 'date', value: record.validUntil || null })) : null),
    h('div', { class: 'form-actions' }, h('button', { class: 'btn small', type: 'submit' }, '保存')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    const changed = { ...record, title: value(form, 'title'), description: value(form, 'description') };
    if (library === 'demands') changed.validUntil = value(form, 'validUntil') ?? null;
    await busy(form.querySelector('button'), async () => {
      try {
        await api.put(`/api/${library}/${encodeURIComponent(e.id)}`, changed);
        location.reload();
      } catch (err) {
        showProblems(form, err);
      }
    });
  });
  box.querySelector('.edit-form')?.remove();
  box.append(form);
}

function application_(a) {
  return h('div', { class: 'item', dataset: { id: a.id } },
    h('a', { class: 'title', href: `/challenge.html?id=${encodeURIComponent(a.challengeId)}` }, a.title || a.id),
    ' ', badge(a.status), h('div', { class: 'small muted' }, `${a.id} · 榜单 ${a.challengeId} · 更新于 ${date(a.updatedAt)}`));
}

function docking(d) {
  return h('div', { class: 'item', dataset: { id: d.id } },
    h('a', { class: 'title', href: `/docking.html?id=${encodeURIComponent(d.id)}` }, d.title || d.id), ' ', badge(d.stage),
    h('div', { class: 'small muted' }, d.id, d.demandId ? ` · 需求 ${d.demandId}` : '', d.achievementId ? ` · 成果 ${d.achievementId}` : '',
      d.contractSignedOn ? ` · ${d.contractSignedOn} 签约` : ''));
}

/** A sign-up not yet approved: its status, the reviewer's reason, and the corrected application. */
async function applicationView(root) {
  const mine = await api.get('/api/me/registration');
  const form = h('form', { class: 'card', id: 'resubmit-form', novalidate: true },
    h('h2', {}, mine.status === '已退回' ? '修改申请后重新提交' : '修改申请'),
    h('div', { class: 'form-summary' }), await registrationFields(false, mine),
    h('div', { class: 'form-actions' }, h('button', { class: 'btn', type: 'submit', id: 'resubmit' }, '重新提交')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    await busy($('#resubmit'), async () => {
      try {
        await api.put('/api/me/registration', application(form));
        location.reload();
      } catch (e) {
        showProblems(form, e);
      }
    });
  });
  clear(root,
    h('section', { class: 'card', id: 'registration-status', dataset: { status: mine.status } },
      h('h2', {}, '注册申请 ', badge(mine.status, STATUS_KIND[mine.status] ?? '')),
      h('p', {}, `${mine.organisation}（${mine.district}）· 统一社会信用代码 ${mine.creditCode}`),
      mine.status === '已退回'
        ? notice('error', h('strong', {}, '审核退回：'), h('span', { id: 'registration-reason' }, mine.reason || ''), '。请修改后重新提交。')
        : notice('info', `申请已于 ${date(mine.submittedAt)} 提交，等待${mine.district}科技局或技术经理人审核；通过前只能查看和修改申请。`)),
    form);
}

function passwordForm() {
  const form = $('#password-form');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    await busy($('#change-password'), async () => {
      try {
        await api.put('/api/me/password', { oldPassword: form.oldPassword.value, newPassword: form.newPassword.value });
        form.reset();
        $('.form-summary', form).append(notice('success', '密码已修改，下次登录请使用新密码。'));
      } catch (e) {
        showProblems(form, e);
      }
    });
  });
}
