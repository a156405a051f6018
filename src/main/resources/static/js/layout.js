// The frame of every page: header with navigation, the signed-in user and sign-in/out; then the page itself.
import { api, ApiError } from './api.js';
import { h, $, clear, notice } from './dom.js';
import { signInHref } from './draft.js';
import { phoneControls } from './phone.js';

export const ROLE_LABELS = {
  ANONYMOUS: '访客', ENTERPRISE: '企业用户', UNIVERSITY: '高校院所用户', MANAGER: '技术经理人',
  OFFICIAL: '区科技局管理员', REVIEWER: '评审专家',
};

const BROKERS = ['MANAGER', 'OFFICIAL'];
/**
 * The menu, each item with the roles that may use its page (null: everyone), as the server's rules say
 * (security/EndpointRules, README "Accounts and roles"): a role sees only the items it can use, and opening
 * another's page shows why it is refused instead of calling the API.
 */
const NAV = [
  { href: '/', label: '检索', roles: null },
  { href: '/demand-new.html', label: '企业出题', roles: ['ENTERPRISE', ...BROKERS] },
  { href: '/achievement-new.html', label: '发布成果', roles: ['UNIVERSITY', 'ENTERPRISE', ...BROKERS] },
  { href: '/challenges.html', label: '揭榜挂帅', roles: null },
  { href: '/workbench.html', label: '对接工作台', roles: BROKERS },
  { href: '/dashboard.html', label: '区域统计', roles: BROKERS },
  { href: '/import.html', label: '批量导入', roles: BROKERS },
  { href: '/me.html', label: '我的', roles: ['ENTERPRISE', 'UNIVERSITY'] },
  { href: '/reviews.html', label: '审核', roles: BROKERS },
  { href: '/register.html', label: '注册', roles: ['ANONYMOUS'] },
];

function mayUse(item, user) {
  // a sign-up waiting for approval sees its application (我的) and what visitors see
  if (user.pending) return !item.roles || item.href === '/me.html';
  return !item.roles || item.roles.includes(user.role);
}

function roleNames(roles) {
  return roles.map(r => ROLE_LABELS[r] || r).join('、');
}

/** Who is signed in, from GET /api/me: {username, displayName, role, roleLabel, organisation, district}. */
export async function currentUser() {
  const me = await api.get('/api/me');
  return { ...me, roleLabel: me.roleLabel || ROLE_LABELS[me.role] || me.role };
}

export function hasRole(user, ...roles) {
  return roles.includes(user.role);
}

function currentPath() {
  return location.pathname === '/index.html' ? '/' : location.pathname;
}

function header(user) {
  const here = currentPath();
  const nav = h('nav', { class: 'site-nav', 'aria-label': '主导航' },
    NAV.filter(item => mayUse(item, user)).map(item => h('a', { href: item.href, class: here === item.href ? 'active' : null,
      'aria-current': here === item.href ? 'page' : null }, item.label)));
  return h('div', { class: 'header-inner' },
    h('a', { class: 'brand', href: '/' }, h('span', { class: 'brand-mark' }, '津'),
      h('span', { class: 'brand-text' }, 'TechMatch', h('small', {}, '科技成果供需对接'))),
    h('button', { class: 'nav-toggle', type: 'button', 'aria-label': '菜单',
      onclick: () => document.body.classList.toggle('nav-open') }, '☰'),
    nav, userBox(user));
}

function userBox(user) {
  if (user.role === 'ANONYMOUS') {
    return h('div', { class: 'user-box', id: 'user-box' },
      h('span', { class: 'user-name', id: 'current-user', dataset: { role: 'ANONYMOUS' } }, '访客'),
      h('a', { class: 'btn small', href: signInHref(), id: 'sign-in' }, '登录'));
  }
  return h('div', { class: 'user-box', id: 'user-box' },
    h('span', { class: 'user-name', id: 'current-user', dataset: { role: user.role } },
      user.displayName || user.username, h('small', {}, user.pending ? `${user.roleLabel}（注册${user.registrationStatus}）` : user.roleLabel,
        user.organisation ? ` · ${user.organisation}` : '')),
    inboxLink(),
    h('button', { class: 'btn small ghost', id: 'sign-out', type: 'button', onclick: signOut }, '退出'));
}

/** 站内信 with the unread count, filled in once the count arrives (a failed count leaves the plain link). */
function inboxLink() {
  const count = h('span', { class: 'unread-badge', id: 'unread-count', hidden: true });
  const link = h('a', { class: 'btn small ghost', href: '/inbox.html', id: 'inbox-link' }, '站内信', count);
  api.get('/api/notifications/unread-count').then(({ count: n }) => {
    count.textContent = String(n);
    count.hidden = n === 0;
  }).catch(() => {});
  return link;
}

async function signOut() {
  try {
    await api.post('/logout');
  } catch {
    // the sign-out redirect answers with a page, not JSON: either way the session is gone
  }
  location.href = '/';
}

/** Renders the header, finds the user, then runs the page; a failure is shown in the page, in Chinese. */
export async function page(title, init) {
  document.title = `${title} · TechMatch 科技成果供需对接`;
  const headerEl = $('#site-header');
  const main = $('#main');
  let user;
  try {
    user = await currentUser();
  } catch (e) {
    user = { role: 'ANONYMOUS', roleLabel: '访客' };
    main.prepend(notice('error', `无法获取登录信息：${e.message}`));
  }
  clear(headerEl, header(user));
  const item = NAV.find(i => i.href === currentPath());
  if (item && !mayUse(item, user)) {
    clear(main, h('div', { class: 'page-title' }, h('h1', {}, item.label)), refusal(item, user));
    document.body.dataset.ready = 'true';
    return;
  }
  phoneControls(main);
  try {
    await init({ user, main });
  } catch (e) {
    // a spinner left by the failed step would say 加载中 for ever
    main.querySelectorAll('.loading').forEach(el => el.remove());
    main.append(errorNotice(e, user));
  }
  document.body.dataset.ready = 'true';
}

/** Why this role may not use the page, in plain Chinese, and a way to sign in as someone who may. */
function refusal(item, user) {
  const who = `「${item.label}」仅供${roleNames(item.roles)}使用`;
  const box = notice('error', user.role === 'ANONYMOUS'
    ? `${who}，请先登录。` : `${who}，您当前登录的是${user.roleLabel}账号。`, ' ', signInLink(user));
  box.id = 'refusal';
  return box;
}

function signInLink(user) {
  return h('a', { href: signInHref(), id: 'refusal-sign-in' }, user.role === 'ANONYMOUS' ? '去登录' : '换个账号登录');
}

/** An error for a whole page or section, with a sign-in link when the server says 401 or 403. */
export function errorNotice(e, user) {
  if (e instanceof ApiError && e.status === 401) {
    return notice('error', e.detail, ' ', h('a', { href: signInHref() }, '去登录'));
  }
  if (e instanceof ApiError && e.status === 403) {
    return notice('error', h('strong', {}, '无权访问：'), e.detail, ' ', signInLink(user || { role: 'ANONYMOUS' }));
  }
  return notice('error', e.message || String(e));
}
