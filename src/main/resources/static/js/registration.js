// The sign-up application's fields (register page; the applicant's corrections in 我的), built once for both.
import { h } from './dom.js';
import { options, value, vocab } from './forms.js';

const field = (name, label, input, { wide = false, req = true, hint } = {}) =>
  h('div', { class: `field${wide ? ' wide' : ''}`, dataset: { field: name } },
    h('label', { class: req ? 'req' : null, for: `reg-${name}` }, label), input,
    hint ? h('span', { class: 'hint' }, hint) : null);

/** The fields of an application; withAccount adds login name and password (a new sign-up). */
export async function registrationFields(withAccount, current = {}) {
  const v = await vocab();
  const role = h('select', { id: 'reg-role', name: 'role' });
  options(role, [], {});
  role.append(h('option', { value: 'ENTERPRISE' }, '企业'), h('option', { value: 'UNIVERSITY' }, '高校、科研院所'));
  role.value = current.role || 'ENTERPRISE';
  const district = options(h('select', { id: 'reg-district', name: 'district' }), v.districts,
    { blank: '请选择', selected: current.district || '' });
  const input = (name, attrs = {}) => h('input', { id: `reg-${name}`, name, value: current[name] || null, ...attrs });
  return h('div', { class: 'form-grid' },
    withAccount ? field('username', '登录名', input('username', { autocomplete: 'username', maxlength: 40 }),
      { hint: '3–40 个字母、数字或 . _ -' }) : null,
    withAccount ? field('password', '密码', input('password', { type: 'password', autocomplete: 'new-password' }),
      { hint: '至少 8 位，须同时包含字母和数字' }) : null,
    field('role', '单位类别', role),
    field('organisation', '单位名称', input('organisation', { maxlength: 100 }), { hint: '与营业执照或法人证书一致' }),
    field('creditCode', '统一社会信用代码', input('creditCode', { maxlength: 18, autocapitalize: 'characters' }),
      { hint: '18 位，见营业执照' }),
    field('district', '所在区', district),
    field('contactPerson', '联系人', input('contactPerson', { maxlength: 30 })),
    field('phone', '联系电话', input('phone', { inputmode: 'tel' }), { hint: '手机号或带区号的固定电话，如 022-23456789' }));
}

export function application(form) {
  const read = name => value(form, name);
  return {
    username: read('username'), password: form.elements.namedItem('password')?.value || undefined,
    role: read('role'), organisation: read('organisation'), creditCode: read('creditCode'),
    contactPerson: read('contactPerson'), phone: read('phone'), district: read('district'),
  };
}
