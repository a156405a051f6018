// 区域统计: district figures with ECharts (funnel, contract value by month, supply vs demand by technology field
// and by industry chain, unmet demands, challenge progress) and the XLSX export. ECharts comes from the
// WebJar in the application (/webjars/echarts/…), never from a CDN.
import { api } from '../api.js';
import { page, hasRole } from '../layout.js';
import { h, $, clear, notice, loading, wan } from '../dom.js';
import { vocab, options } from '../forms.js';

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';
const charts = [];

page('区域统计', async ({ user }) => {
  const v = await vocab();
  const select = options($('#district'), v.districts, { blank: '全部区域', selected: user.district || '' });
  select.addEventListener('change', () => load(select.value, user));
  $('#export').addEventListener('click', async () => {
    try {
      await api.download('/api/stats/export.xlsx', { district: select.value }, 'techmatch-统计.xlsx');
    } catch (e) {
      $('#dashboard').prepend(notice('error', `导出失败：${e.message}`));
    }
  });
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));
  await load(select.value, user);
});

async function load(district, user) {
  const root = $('#dashboard');
  charts.splice(0).forEach(c => c.dispose());
  clear(root, loading('统计中…'));
  const q = { district };
  const [overview, months, fields, chains, unmet] = await Promise.all([
    api.get('/api/stats/overview', q), api.get('/api/stats/by/month', q), api.get('/api/stats/by/techField', q),
    api.get('/api/stats/by/chain', q), api.get('/api/demands/unmet').catch(e => ({ error: e })),
  ]);
  const f = overview.funnel;
  const c = overview.challenges;
  clear(root,
    h('p', { class: 'small muted' }, `${overview.district} · 截至 ${overview.asOf}`),
    h('div', { class: 'stat-cards', id: 'stat-cards' },
      stat('科技成果', overview.achievements.total, 'achievements', `在库发布 ${overview.achievements.live}`),
      stat('技术需求', overview.demands.total, 'demands', [`征集中 ${overview.demands.live} · 卡脖子 ${overview.demands.chokepoint ?? 0}`,
        // the KPI counts every demand of the district, the funnel only those submitted (drafts left out)
        h('div', { id: 'stat-demands-note' }, `全部需求（含草稿 ${overview.demands.total - f.demands} 条）；下方漏斗只计已提交的 ${f.demands} 条`)]),
      stat('对接', overview.dockings, 'dockings', Object.entries(overview.dockingsByStage).map(([k, n]) => `${k} ${n}`).join(' · ')),
      stat('技术合同', overview.contracts.count, 'contracts', '份'),
      stat('技术合同成交额（万元）', fmt(overview.contracts.valueWan), 'contract-value', Object.entries(overview.contracts.byKind)
        .map(([k, t]) => `${k} ${fmt(t.valueWan)}`).join(' · ')),
      stat('揭榜挂帅', `${c.awarded}/${c.published}`, 'challenges', `已立项/已发布 · 已拨付 ${wan(c.supportReleasedWan)}`)),
    h('div', { class: 'grid-2' },
      chartCard('供需转化漏斗', 'chart-funnel', f.note),
      chartCard('技术合同成交额（按月）', 'chart-months')),
    h('div', { class: 'grid-2' },
      chartCard('供给与需求：按技术领域', 'chart-fields'),
      chartCard('供给与需求：按重点产业链', 'chart-chains')),
    h('div', { class: 'grid-2' },
      chartCard('未满足的需求（按领域与产业链）', 'chart-unmet', unmet.error ? unmet.error.message
        : `全市征集超过 ${unmet.openDays} 天、最佳匹配低于阈值的需求：${unmet.unmet} / ${unmet.considered}`),
      chartCard('揭榜挂帅进展', 'chart-challenges', `里程碑 ${c.milestones} 个：按期 ${c.milestonesOnTime}，延期 ${c.milestonesLate}，逾期 ${c.milestonesOverdue}`)),
    unmet.error ? null : unmetTable(unmet, user),
    funnelTable(f));

  const base = { textStyle: { fontFamily: FONT }, animation: false };
  const chart = (id, option) => {
    const instance = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    instance.setOption({ ...base, ...option });
    charts.push(instance);
  };
  chart('chart-funnel', {
    tooltip: { trigger: 'item', formatter: '{b}：{c}' },
    series: [{ type: 'funnel', left: '10%', width: '80%', sort: 'descending', minSize: '12%', gap: 2,
      label: { show: true, position: 'inside', formatter: '{b} {c}' },
      data: [{ name: '需求', value: f.demands }, { name: '已匹配', value: f.matched ?? 0 }, { name: '意向', value: f.interested },
        { name: '已对接', value: f.docked },
        { name: '已签约', value: f.contracted }] }],
  });
  chart('chart-months', {
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 50, right: 40, bottom: 30, top: 36 },
    xAxis: { type: 'category', data: months.rows.map(r => r.key) },
    yAxis: [{ type: 'value', name: '万元' }, { type: 'value', name: '份', minInterval: 1 }],
    series: [{ name: '成交额（万元）', type: 'bar', data: months.rows.map(r => r.contractValueWan), itemStyle: { color: '#1f5fae' } },
      { name: '合同数', type: 'line', yAxisIndex: 1, data: months.rows.map(r => r.contracts), itemStyle: { color: '#e08a00' } }],
  });
  const supplyDemand = rows => ({
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 110, right: 20, bottom: 20, top: 30 },
    yAxis: { type: 'category', data: rows.map(r => r.key), inverse: true, axisLabel: { width: 100, overflow: 'truncate' } },
    xAxis: { type: 'value', minInterval: 1 },
    series: [{ name: '成果（供给）', type: 'bar', data: rows.map(r => r.achievements), itemStyle: { color: '#1f5fae' } },
      { name: '需求', type: 'bar', data: rows.map(r => r.demands), itemStyle: { color: '#e08a00' } }],
  });
  chart('chart-fields', supplyDemand(fields.rows));
  chart('chart-chains', supplyDemand(chains.rows));
  if (!unmet.error) {
    const groups = unmet.groups.slice(0, 10);
    chart('chart-unmet', groups.length ? {
      tooltip: { trigger: 'axis' }, grid: { left: 170, right: 20, bottom: 20, top: 10 },
      yAxis: { type: 'category', inverse: true, data: groups.map(g => `${g.techField} / ${g.chain}`), axisLabel: { width: 160, overflow: 'truncate' } },
      xAxis: { type: 'value', minInterval: 1 },
      series: [{ name: '未满足需求', type: 'bar', data: groups.map(g => g.count), itemStyle: { color: '#c0392b' } }],
    } : { title: { text: '暂无未满足的需求', left: 'center', top: 'middle', textStyle: { color: '#5d6b7a', fontSize: 14 } } });
  } else {
    chart('chart-unmet', { title: { text: '无权查看', left: 'center', top: 'middle' } });
  }
  chart('chart-challenges', {
    tooltip: { trigger: 'item' },
    series: [{ type: 'pie', radius: ['35%', '65%'], label: { formatter: '{b} {c}' },
      data: Object.entries(c.byStatus).filter(([, n]) => n > 0).map(([name, value]) => ({ name, value })) }],
  });
}

function fmt(n) {
  return Number(n).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

function stat(label, value, id, sub) {
  return h('div', { class: 'stat' }, h('div', { class: 'label' }, label),
    h('div', { class: 'value', id: `stat-${id}` }, value), sub ? h('div', { class: 'sub' }, sub) : null);
}

function chartCard(title, id, note) {
  return h('section', { class: 'card' }, h('h2', {}, title), h('div', { class: 'chart', id }),
    note ? h('p', { class: 'small muted', style: { margin: 0 } }, note) : null);
}

function funnelTable(f) {
  return h('section', { class: 'card' }, h('h2', {}, '漏斗明细'), h('table', { id: 'funnel-table' },
    h('thead', {}, h('tr', {}, ['需求', '已匹配', '意向', '已对接', '已签约'].map(t => h('th', { class: 'num' }, t)))),
    h('tbody', {}, h('tr', {}, [f.demands, f.matched ?? '—', f.interested, f.docked, f.contracted].map((n, i) =>
      h('td', { class: 'num', dataset: { step: ['demands', 'matched', 'interested', 'docked', 'contracted'][i] } }, n))))));
}

function unmetTable(unmet, user) {
  if (!unmet.groups.length) return null;
  return h('section', { class: 'card', id: 'unmet' }, h('h2', {}, '未满足的需求（全市）：下一批揭榜挂帅的候选'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'unmet-table' },
      h('thead', {}, h('tr', {}, ['技术领域', '产业链', '需求数', '需求', ''].map(t => h('th', {}, t)))),
      h('tbody', {}, unmet.groups.map(g => h('tr', {}, h('td', { class: 'nowrap' }, g.techField),
        h('td', { class: 'nowrap' }, g.chain), h('td', { class: 'num' }, g.count),
        h('td', { class: 'demands' }, g.demands.map(d => h('div', {}, h('a', { href: `/demand.html?id=${encodeURIComponent(d.id)}` }, d.title),
          h('span', { class: 'small muted' }, `（征集 ${d.openDays} 天，最佳匹配 ${Math.round(d.bestScore * 100)}%）`)))),
        h('td', { class: 'nowrap' }, hasRole(user, 'OFFICIAL', 'MANAGER') ? h('button', { class: 'btn small ghost', type: 'button', onclick: async event => {
          event.target.disabled = true;
          try {
            const draft = await api.post('/api/demands/unmet/draft-challenge', { demandIds: g.demands.map(d => d.id) });
            location.href = `/challenge-edit.html?id=${encodeURIComponent(draft.id)}`;
          } catch (e) {
            event.target.after(notice('error', e.message));
            event.target.disabled = false;
          }
        } }, '生成榜单草稿') : null)))))));
}
