// 注册: an enterprise or university applies for an account; it is reviewed by its district's science bureau.
import { api } from '../api.js';
import { page } from '../layout.js';
import { h, $, clear, notice } from '../dom.js';
import { showProblems, clearProblems, busy } from '../forms.js';
import { registrationFields, application } from '../registration.js';

page('注册', async ({ user, main }) => {
  if (user.role !== 'ANONYMOUS') {
    main.prepend(notice('info', `您已登录为 ${user.displayName || user.username}。如需为另一家单位注册，请先退出。`));
  }
  const form = $('#register-form');
  clear($('#register-fields'), await registrationFields(true));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    await busy($('#register'), async () => {
      try {
        const created = await api.post('/api/registrations', application(form));
        clear(form, notice('success', h('strong', {}, '注册申请已提交。'),
          ` 单位「${created.organisation}」的申请状态：${created.status}，由${created.district}科技局审核。现在可以登录查看审核进度。 `,
          h('a', { class: 'btn small', id: 'registered-sign-in', href: '/login?registered&next=%2Fme.html' }, '去登录')));
      } catch (e) {
        showProblems(form, e);
      }
    });
  });
});
