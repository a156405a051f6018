// The frame of every page: header with navigation, the signed-in user and sign-in/out; then the page itself.
import { api, ApiError, devIdentity, setDevIdentity, markSignInAvailable } from './api.js';
import { h, $, clear, notice } from './dom.js';

export const ROLE_LABELS = {
  ANONYMOUS: '访客', ENTERPRISE: '企业用户', UNIVERSITY: '高校院所用户', MANAGER: '技术经理人',
  OFFICIAL: '区科技局管理员', REVIEWER: '评审专家',
};

/** Demo identities for the time before sign-in exists on the server (same roles as the demo accounts). */
export const DEMO_IDENTITIES = {
  ENTERPRISE: { organisation: '天津北辰华建重型钢构有限公司', displayName: '企业联系人' },
  UNIVERSITY: { organisation: '天津大学', displayName: '天津大学科技处' },
  MANAGER: { organisation: '天津市技术转移中心', displayName: '王敏' },
  OFFICIAL: { organisation: '滨海新区科学技术局', displayName: '滨海新区科技局', district: '滨海新区' },
  REVIEWER: { organisation: '河北工业大学', displayName: '钱教授' },
};

const NAV = [
  { href: '/', label: '检索' },
  { href: '/demand-new.html', label: '企业出题' },
  { href: '/achievement-new.html', label: '发布成果' },
  { href: '/challenges.html', label: '揭榜挂帅' },
  { href: '/workbench.html', label: '对接工作台' },
  { href: '/dashboard.html', label: '区域统计' },
  { href: '/import.html', label: '批量导入' },
];

/**
 * Who is signed in: GET /api/me once sign-in exists; before that (404) the demo identity chosen in the header.
 * Always {role, roleLabel, displayName, organisation, district, signIn: 'server' | 'demo'}.
 */
export async function currentUser() {
  try {
    const me = await api.get('/api/me');
    markSignInAvailable(true);
    return { ...me, roleLabel: me.roleLabel || ROLE_LABELS[me.role] || me.role, signIn: 'server' };
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404) throw e;
    markSignInAvailable(false);
    const dev = devIdentity();
    if (!dev || !dev.role || dev.role === 'ANONYMOUS') {
      return { role: 'ANONYMOUS', roleLabel: '访客', signIn: 'demo' };
    }
    return { ...dev, roleLabel: ROLE_LABELS[dev.role], signIn: 'demo' };
  }
}

export function hasRole(user, ...roles) {
  return roles.includes(user.role);
}

function header(user) {
  const here = location.pathname === '/index.html' ? '/' : location.pathname;
  const nav = h('nav', { class: 'site-nav', 'aria-label': '主导航' },
    NAV.map(item => h('a', { href: item.href, class: here === item.href ? 'active' : null,
      'aria-current': here === item.href ? 'page' : null }, item.label)));
  return h('div', { class: 'header-inner' },
    h('a', { class: 'brand', href: '/' }, h('span', { class: 'brand-mark' }, '津'),
      h('span', { class: 'brand-text' }, 'TechMatch', h('small', {}, '科技成果供需对接'))),
    h('button', { class: 'nav-toggle', type: 'button', 'aria-label': '菜单',
      onclick: () => document.body.classList.toggle('nav-open') }, '☰'),
    nav, userBox(user));
}

function userBox(user) {
  const box = h('div', { class: 'user-box', id: 'user-box' });
  const who = user.role === 'ANONYMOUS' ? null
    : h('span', { class: 'user-name', id: 'current-user', dataset: { role: user.role } },
      user.displayName || user.username || user.organisation || '', h('small', {}, user.roleLabel,
        user.organisation ? ` · ${user.organisation}` : ''));
  if (user.signIn === 'server') {
    if (user.role === 'ANONYMOUS') {
      box.append(h('span', { class: 'user-name', id: 'current-user', dataset: { role: 'ANONYMOUS' } }, '访客'),
        h('a', { class: 'btn small', href: `/login`, id: 'sign-in' }, '登录'));
    } else {
      box.append(who, h('button', { class: 'btn small ghost', id: 'sign-out', type: 'button', onclick: signOut }, '退出'));
    }
    return box;
  }
  // Before sign-in is on the server: pick a demo identity (sent as the X-TechMatch-Role/Org headers).
  box.append(who || h('span', { class: 'user-name', id: 'current-user', dataset: { role: 'ANONYMOUS' } }, '访客'),
    demoPicker(user));
  return box;
}

function demoPicker(user) {
  const role = h('select', { name: 'role', 'aria-label': '角色' },
    Object.entries(ROLE_LABELS).map(([value, label]) => h('option', { value, selected: value === user.role }, label)));
  const org = h('input', { name: 'organisation', placeholder: '所在机构', value: user.organisation || '' });
  const name = h('input', { name: 'displayName', placeholder: '姓名', value: user.displayName || '' });
  role.addEventListener('change', () => {
    const preset = DEMO_IDENTITIES[role.value] || {};
    org.value = preset.organisation || '';
    name.value = preset.displayName || '';
  });
  const form = h('form', { class: 'demo-identity', id: 'demo-identity', onsubmit: event => {
    event.preventDefault();
    setDevIdentity(role.value === 'ANONYMOUS' ? null : {
      role: role.value, organisation: org.value.trim() || null, displayName: name.value.trim() || null,
      district: (DEMO_IDENTITIES[role.value] || {}).district || null,
    });
    location.reload();
  } }, h('p', { class: 'small muted' }, '登录功能上线前，以演示身份访问（通过 X-TechMatch-Role 请求头）'),
  h('label', {}, '角色', role), h('label', {}, '机构', org), h('label', {}, '姓名', name),
  h('button', { class: 'btn small', type: 'submit' }, '切换身份'));
  return h('details', { class: 'demo-box' },
    h('summary', { class: 'btn small', id: 'sign-in' }, user.role === 'ANONYMOUS' ? '登录' : '切换'), form);
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
    user = { role: 'ANONYMOUS', roleLabel: '访客', signIn: 'demo' };
    main.prepend(notice('error', `无法获取登录信息：${e.message}`));
  }
  clear(headerEl, header(user));
  try {
    await init({ user, main });
  } catch (e) {
    main.append(errorNotice(e, user));
  }
  document.body.dataset.ready = 'true';
}

/** An error for a whole page or section, with a sign-in link when the server says 401. */
export function errorNotice(e, user) {
  if (e instanceof ApiError && e.status === 401) {
    return notice('error', e.detail, ' ', user?.signIn === 'server'
      ? h('a', { href: `/login` }, '去登录') : '请在右上角选择身份');
  }
  if (e instanceof ApiError && e.status === 403) {
    return notice('error', h('strong', {}, '无权访问：'), e.detail);
  }
  return notice('error', e.message || String(e));
}
