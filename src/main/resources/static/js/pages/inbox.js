// 站内信: the signed-in user's notifications (mark read), interests sent and received (answer the received ones),
// the notification settings (e-mail address, channel per kind) and the saved searches (订阅: list, cancel).
import { api } from '../api.js';
import { page } from '../layout.js';
import { h, $, clear, notice, badge, date } from '../dom.js';
import { showProblems } from '../forms.js';

const REASONS = ['暂不需要', '技术不匹配', '已有合作方', '价格不合适', '其他'];
const CHANNELS = ['仅站内信', '站内信和邮件', '关闭'];

page('站内信', async ({ user }) => {
  if (user.role === 'ANONYMOUS') throw new Error('请先登录查看站内信');
  const list = h('div', { id: 'notifications' });
  const interests = h('div', { id: 'interests' });
  const settings = h('div', { id: 'settings' });
  const subscriptions = h('div', { id: 'subscriptions' });
  clear($('#inbox'),
    h('div', { class: 'page-title' }, h('h1', {}, '站内信')),
    h('section', { class: 'card' }, h('h2', {}, '通知'), list),
    h('section', { class: 'card' }, h('h2', {}, '合作意向'), interests),
    h('section', { class: 'card' }, h('h2', {}, '通知设置'), settings),
    h('section', { class: 'card' }, h('h2', {}, '订阅'), subscriptions));
  await Promise.all([showNotifications(list), showInterests(interests, user), showSettings(settings),
    showSubscriptions(subscriptions)]);
  // the sections are filled after load: go to the one the link named (我的 → #interests, 检索 → #subscriptions)
  if (location.hash) document.getElementById(location.hash.substring(1))?.scrollIntoView();
});

async function showNotifications(box) {
  const items = await api.get('/api/notifications');
  if (!items.length) return clear(box, notice('info', '暂无通知。'));
  clear(box, h('ul', { class: 'plain' }, items.map(n => {
    const li = h('li', { class: `notification${n.readAt ? '' : ' unread'}`, dataset: { id: n.id } },
      badge(n.type, 'blue'), ' ', n.link ? h('a', { href: n.link }, n.title) : n.title,
      h('span', { class: 'small muted' }, ` ${date(n.createdAt)}`),
      n.body ? h('p', { class: 'small' }, n.body) : null);
    if (!n.readAt) {
      li.append(h('button', { class: 'btn small ghost mark-read', type: 'button', onclick: async () => {
        await api.post(`/api/notifications/${encodeURIComponent(n.id)}/read`);
        li.classList.remove('unread');
        li.querySelector('.mark-read').remove();
        const badgeEl = $('#unread-count');
        if (badgeEl) {
          const left = Math.max(0, Number(badgeEl.textContent) - 1);
          badgeEl.textContent = String(left);
          badgeEl.hidden = left === 0;
        }
      } }, '标为已读'));
    }
    return li;
  })));
}

async function showInterests(box, user) {
  const [sent, received] = await Promise.all([api.get('/api/interests', { box: 'sent' }),
    api.get('/api/interests', { box: 'received' })]);
  clear(box,
    h('h3', {}, `收到的意向（${received.length}）`), interestList(received, true),
    h('h3', {}, `发出的意向（${sent.length}）`), interestList(sent, false));
}

function interestList(items, received) {
  if (!items.length) return h('p', { class: 'small muted' }, '暂无。');
  return h('ul', { class: 'plain' }, items.map(i => h('li', { class: 'interest', dataset: { id: i.id } },
    badge(i.status, i.status === '已接受' ? 'green' : ''), ' ',
    received ? `${i.fromOrganisation} → 「${i.targetTitle}」` : `「${i.targetTitle}」${i.toOrganisation ? `（${i.toOrganisation}）` : ''}`,
    h('p', { class: 'small' }, i.message),
    i.declineReason ? h('p', { class: 'small muted' }, `婉拒原因：${i.declineReason}${i.declineNote ? `（${i.declineNote}）` : ''}`) : null,
    i.dockingId ? h('p', { class: 'small' }, '已转为对接 ', h('a', { href: `/docking.html?id=${encodeURIComponent(i.dockingId)}` }, i.dockingId)) : null,
    received && i.status === '待答复' ? answerForm(i) : null)));
}

function answerForm(i) {
  const form = h('form', { class: 'answer-form' },
    h('div', { class: 'form-summary' }),
    h('div', { class: 'form-grid' },
      h('div', { class: 'field', dataset: { field: 'reason' } }, h('label', {}, '婉拒原因'),
        h('select', { name: 'reason' }, REASONS.map(r => h('option', { value: r }, r)))),
      h('div', { class: 'field', dataset: { field: 'note' } }, h('label', {}, '说明'),
        h('input', { name: 'note', maxlength: 200 }))),
    h('div', { class: 'form-actions' },
      h('button', { class: 'btn accept-interest', type: 'button', onclick: () => answer({ decision: '接受' }) }, '接受'),
      h('button', { class: 'btn ghost decline-interest', type: 'button', onclick: () => answer({ decision: '婉拒',
        reason: form.reason.value, note: form.note.value.trim() || undefined }) }, '婉拒')));
  async function answer(body) {
    try {
      const done = await api.post(`/api/interests/${encodeURIComponent(i.id)}/answer`, body);
      form.replaceWith(notice('success', done.status === '已接受'
        ? `已接受${done.dockingId ? `，已转为对接 ${done.dockingId}` : '，技术经理人将登记对接'}。` : '已婉拒。'));
    } catch (e) {
      showProblems(form, e);
    }
  }
  return form;
}

async function showSettings(box) {
  const prefs = await api.get('/api/notifications/preferences');
  const form = h('form', { class: 'settings-form' },
    h('div', { class: 'form-summary' }),
    h('div', { class: 'form-grid' },
      h('div', { class: 'field wide', dataset: { field: 'email' } }, h('label', {}, '接收邮件的地址'),
        h('input', { name: 'email', type: 'email', value: prefs.email || '' })),
      Object.entries(prefs.channels).map(([kind, channel]) => h('div', { class: 'field', dataset: { field: `channels.${kind}` } },
        h('label', {}, kind), h('select', { name: kind, dataset: { kind } },
          CHANNELS.map(c => h('option', { value: c, selected: c === channel }, c)))))),
    h('div', { class: 'form-actions' }, h('button', { class: 'btn', type: 'submit' }, '保存设置')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const channels = {};
    form.querySelectorAll('select[data-kind]').forEach(s => { channels[s.dataset.kind] = s.value; });
    try {
      await api.put('/api/notifications/preferences', { email: form.email.value.trim() || null, channels });
      form.querySelector('.form-summary').replaceChildren(notice('success', '已保存。'));
    } catch (e) {
      showProblems(form, e);
    }
  });
  clear(box, form);
}

const LIBRARY_LABELS = { achievement: '科技成果', demand: '技术需求', expert: '专家团队' };

async function showSubscriptions(box) {
  const items = await api.get('/api/subscriptions');
  const hint = h('p', { class: 'small muted' }, '在检索页点击「订阅此检索」保存关键词和筛选条件，新发布的匹配记录每天汇总推送一次（推送方式见通知设置中的「订阅推送」）。');
  if (!items.length) return clear(box, hint, notice('info', '暂无订阅。'));
  clear(box, hint, h('ul', { class: 'plain' }, items.map(s => {
    const filters = Object.entries(s.filters || {}).map(([key, values]) => `${key}：${values.join('、')}`);
    const params = new URLSearchParams();
    if (s.q) params.set('q', s.q);
    params.set('lib', `${s.library}s`);
    Object.entries(s.filters || {}).forEach(([key, values]) => values.forEach(v => params.append(key, v)));
    const li = h('li', { class: 'subscription', dataset: { id: s.id } },
      badge(LIBRARY_LABELS[s.library] || s.library, 'blue'), ' ', h('a', { href: `/?${params}` }, s.name),
      s.onBehalfOf ? h('span', { class: 'small muted' }, `（代 ${s.onBehalfOf} 订阅）`) : null,
      h('span', { class: 'small muted' }, ` ${[s.q ? `关键词：${s.q}` : null, ...filters].filter(Boolean).join('；')}`),
      h('button', { class: 'btn small ghost cancel-subscription', type: 'button', onclick: async () => {
        try {
          await api.del(`/api/subscriptions/${encodeURIComponent(s.id)}`);
          li.remove();
        } catch (e) {
          li.append(notice('error', e.message));
        }
      } }, '取消订阅'));
    return li;
  })));
}
