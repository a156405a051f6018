// 批量导入: upload, a progress bar while the job runs (polling GET /api/imports/{id}), then the row-level report.
import { api } from '../api.js';
import { page } from '../layout.js';
import { h, $, clear, notice, date } from '../dom.js';
import { showProblems, clearProblems, busy } from '../forms.js';

const LIBRARY_LABELS = { achievements: '科技成果', demands: '技术需求', experts: '专家团队',
  achievement: '科技成果', demand: '技术需求', expert: '专家团队' };
const FINISHED = ['已完成', '已取消', '失败', '已中断'];

page('批量导入', async () => {
  const form = $('#import-form');
  const template = $('#template');
  form.library.addEventListener('change', () => { template.href = `/api/imports/templates/${form.library.value}`; });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(form);
    const file = form.file.files[0];
    const data = new FormData();
    data.append('library', form.library.value);
    if (file) data.append('file', file);
    await busy($('#upload'), async () => {
      try {
        const [job, expected] = await Promise.all([api.upload('/api/imports', data), expectedRows(file)]);
        await follow(job, expected);
      } catch (e) {
        showProblems(form, e);
      }
    });
  });
  await history();
});

/** Rows to expect, counted in the browser for line-based files (CSV: lines minus the header); unknown for XLSX. */
async function expectedRows(file) {
  if (!file || /\.xlsx$/i.test(file.name) || file.size > 64 * 1024 * 1024) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let lines = 0;
  for (const b of bytes) if (b === 10) lines++;
  if (bytes.length && bytes[bytes.length - 1] !== 10) lines++;
  return /\.csv$/i.test(file.name) ? Math.max(lines - 1, 0) : lines;
}

async function follow(job, expected) {
  const panel = $('#job');
  const bar = h('span', { style: { width: '0%' } });
  const progress = h('div', { class: `progress ${expected ? '' : 'indeterminate'}`, role: 'progressbar', id: 'import-progress',
    'aria-valuemin': 0, 'aria-valuemax': 100 }, bar);
  const counters = h('div', { class: 'counters' });
  const status = h('p', { id: 'import-status' });
  clear(panel, h('h2', {}, '导入进度'), h('p', { class: 'small muted' }, `${job.id} · ${LIBRARY_LABELS[job.library] || job.library} · ${job.file}`),
    progress, status, counters,
    h('button', { class: 'btn ghost small', type: 'button', id: 'cancel', onclick: () => api.post(`/api/imports/${job.id}/cancel`) }, '取消导入'));
  for (;;) {
    const done = FINISHED.includes(job.status);
    const fraction = done ? 1 : expected ? Math.min(job.read / expected, 0.99) : null;
    if (fraction !== null) {
      progress.classList.remove('indeterminate');
      bar.style.width = `${Math.round(fraction * 100)}%`;
      progress.setAttribute('aria-valuenow', Math.round(fraction * 100));
    }
    clear(status, h('strong', {}, job.status), job.format ? ` · ${job.format}` : '',
      job.seconds != null ? ` · 用时 ${job.seconds.toFixed(1)} 秒` : '', expected && !done ? ` · 约 ${expected} 行` : '');
    clear(counters, counter('已读取', job.read, 'read'), counter('已接受', job.accepted, 'accepted'),
      counter('新增', job.created, 'created'), counter('更新', job.updated, 'updated'), counter('未变', job.unchanged, 'unchanged'),
      counter('拒绝', job.rejected, 'rejected'), counter('疑似重复', job.duplicates, 'duplicates'));
    if (done) break;
    await new Promise(resolve => setTimeout(resolve, 500));
    job = await api.get(`/api/imports/${job.id}`);
  }
  $('#cancel')?.remove();
  report(job);
  await history();
}

function counter(label, value, key) {
  return h('div', { class: 'stat' }, h('div', { class: 'label' }, label), h('div', { class: 'value', dataset: { counter: key } }, value));
}

function report(job) {
  const section = $('#report');
  section.hidden = false;
  const lines = job.problems || [];
  clear(section, h('div', { class: 'row' }, h('h2', { style: { margin: 0 } }, '逐行报告'), h('span', { class: 'spacer' }),
    job.report ? h('button', { class: 'btn ghost small', type: 'button', id: 'download-report',
      onclick: () => api.download(job.report, null, `${job.id}-导入报告.xlsx`) }, '下载完整报告（XLSX）') : null),
  job.error ? notice('error', job.error) : null,
  notice(job.rejected ? 'info' : 'success', `共读取 ${job.read} 行：接受 ${job.accepted} 行（新增 ${job.created}、更新 ${job.updated}、未变 ${job.unchanged}），拒绝 ${job.rejected} 行，疑似重复 ${job.duplicates} 行。`),
  lines.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'report-table' },
    h('thead', {}, h('tr', {}, ['行号', '来源编号', '列', '值', '原因', '类别'].map(t => h('th', {}, t)))),
    h('tbody', {}, lines.map(l => h('tr', { class: l.category === '拒绝' ? 'rejected' : null },
      h('td', { class: 'num' }, l.row || '文件'), h('td', {}, l.externalId || ''), h('td', {}, l.column || ''),
      h('td', {}, l.value || ''), h('td', {}, l.reason), h('td', {}, h('span', { class: `badge ${l.category === '拒绝' ? 'red' : l.category === '疑似重复' ? 'amber' : ''}` }, l.category)))))))
    : h('p', { class: 'muted' }, '没有需要说明的行。'),
  lines.length >= 100 ? h('p', { class: 'small muted' }, '此处列出前 100 条，完整报告请下载 XLSX。') : null);
}

async function history() {
  const section = $('#history');
  try {
    const jobs = await api.get('/api/imports');
    clear(section, h('h2', {}, '最近的导入'), jobs.length ? h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['编号', '库', '文件', '状态', '读取', '接受', '拒绝', '时间', ''].map(t => h('th', {}, t)))),
      h('tbody', {}, jobs.slice(0, 10).map(j => h('tr', {}, h('td', {}, j.id), h('td', {}, LIBRARY_LABELS[j.library] || j.library),
        h('td', {}, j.file), h('td', {}, j.status), h('td', { class: 'num' }, j.read), h('td', { class: 'num' }, j.accepted),
        h('td', { class: 'num' }, j.rejected), h('td', {}, date(j.createdAt)),
        // an import a crash or a stop interrupted goes on from its first unstored row (POST …/resume)
        h('td', {}, j.resumable ? h('button', { class: 'btn ghost small', type: 'button', dataset: { resume: j.id },
          onclick: async () => follow(await api.post(`/api/imports/${j.id}/resume`), null) }, '继续导入') : null)))))) : h('p', { class: 'muted' }, '暂无'));
  } catch (e) {
    clear(section, notice('error', e.message));
  }
}
