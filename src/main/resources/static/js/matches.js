// Ranked matches with their explanation: score bar, why matched, shared terms, both texts with the terms marked.
import { h, clear, highlighted, percent, notice, loading } from './dom.js';
import { api } from './api.js';

const RECORD_PAGE = { achievement: '/achievement.html', demand: '/demand.html', expert: '/expert.html' };

export function recordLink(type, id) {
  return `${RECORD_PAGE[type] || '/achievement.html'}?id=${encodeURIComponent(id)}`;
}

/**
 * 匹配度 as a bar and a figure; level (高/中/低, from the engine) leads the figure, because the judged pairs vouch for
 * three bands of the probability, not for every per cent of it (README, Matching quality).
 */
export function scoreBar(score, threshold, good = true, level) {
  return h('div', { class: 'score', title: `匹配度 ${level ? `${level} · ` : ''}${percent(score)}` },
    h('div', { class: 'score-label' }, h('span', {}, '匹配度'),
      h('span', {}, level ? h('strong', { class: `score-level level-${level}` }, level) : null,
        h('strong', { class: 'score-value' }, percent(score)))),
    h('div', { class: `score-bar ${good ? '' : 'weak'}`, role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100,
      'aria-valuenow': Math.round(score * 100) },
    h('span', { style: { width: `${Math.max(2, Math.round(score * 100))}%` } }),
    threshold ? h('i', { class: 'threshold', title: `合适匹配阈值 ${percent(threshold)}`,
      style: { left: `${Math.round(threshold * 100)}%` } }) : null));
}

/**
 * One match. sideLabels names the two texts (e.g. ['本需求', '该成果']); action(match) may return a button
 * or form for the match (create a docking).
 */
export function matchCard(match, rank, page, { sideLabels = ['本方', '对方'], action, compact = false, feedback } = {}) {
  const ex = match.explanation || {};
  const contributions = (ex.contributions || []).filter(c => c.text);
  return h('article', { class: `match ${match.good ? '' : 'weak'}`, dataset: { id: match.id, score: match.score } },
    h('div', { class: 'match-head' },
      h('span', { class: 'match-rank' }, rank),
      h('div', { class: 'match-title' },
        h('h3', {}, h('a', { href: recordLink(match.type, match.id), class: 'match-link' }, match.title || match.id)),
        h('span', { class: 'small muted' }, match.id),
        match.good ? null : h('span', { class: 'badge amber', style: { marginLeft: '8px' } }, '较弱候选'),
        match.reserved ? h('span', { class: 'badge amber', style: { marginLeft: '8px' },
          title: (ex.warnings || []).join('、') }, '有保留') : null),
      scoreBar(match.score, page?.threshold, match.good, match.level)),
    ex.summary && !compact ? h('p', { class: 'small', style: { margin: '8px 0 0' } }, ex.summary) : null,
    ex.sharedTerms?.length ? h('div', { class: 'terms' }, h('span', { class: 'small muted' }, '共同关键词：'),
      ex.sharedTerms.map(t => h('span', { class: 'badge blue' }, t))) : null,
    compact ? null : h('details', { class: 'why-box', open: rank <= 3 ? true : null },
      h('summary', { class: 'small' }, '为何匹配'),
      h('ul', { class: 'why' }, contributions.map(c => h('li', { class: c.value < 0.5 ? 'neg' : null },
        c.text, h('span', { class: 'w' }, `（${c.label || feature(c.feature)} ${c.value.toFixed(2)}）`)))),
      h('div', { class: 'sides' },
        h('div', { class: 'side side-query' }, h('h4', {}, sideLabels[0]), highlighted(ex.queryHighlight)),
        h('div', { class: 'side side-candidate' }, h('h4', {}, sideLabels[1]), highlighted(ex.candidateHighlight)))),
    feedbackBox(match, page, feedback),
    action ? h('div', { class: 'match-actions' }, action(match)) : null);
}

/**
 * Whether to offer the mark buttons: managers, officials and the organisation owning the query record (the service
 * decides again and refuses anyone else).
 */
export function mayMark(user, owner) {
  if (!user || user.role === 'ANONYMOUS') return false;
  return ['MANAGER', 'OFFICIAL'].includes(user.role) || (!!owner?.name && owner.name === user.organisation);
}

const REASONS = ['技术不对口', '成熟度不足', '预算或价格不符', '地域不合适', '已有合作', '其他'];

/**
 * The marks on a match (「经理人标记为不相关：成熟度不足」) and, for those who may mark (feedback.canMark), buttons
 * 相关 / 不相关 with a reason. feedback.base is the match list's path: marks go to base/{candidateId}/feedback.
 */
function feedbackBox(match, page, feedback) {
  const marks = page?.feedback?.[match.id] || [];
  if (!feedback && !marks.length) return null;
  const list = h('ul', { class: 'feedback-marks small' },
    marks.map(m => h('li', { class: m.verdict === '相关' ? 'ok' : 'neg', dataset: { mine: m.mine } }, m.text)));
  if (!feedback?.canMark) return h('div', { class: 'feedback' }, list);
  const path = `${feedback.base}/${encodeURIComponent(match.id)}/feedback`;
  const message = h('span', { class: 'small feedback-message' });
  const reason = h('select', { name: 'reason', 'aria-label': '不相关的原因' },
    h('option', { value: '' }, '选择原因…'), REASONS.map(r => h('option', { value: r }, r)));
  const note = h('input', { name: 'note', placeholder: '说明（选「其他」时必填）', maxlength: 200, hidden: true });
  reason.addEventListener('change', () => { note.hidden = reason.value !== '其他'; });
  const show = mark => {
    const others = [...list.children].filter(li => li.dataset.mine !== 'true');
    clear(list, mark ? h('li', { class: mark.verdict === '相关' ? 'ok' : 'neg', dataset: { mine: 'true' } }, mark.text) : null,
      ...others);
  };
  const send = async verdict => {
    message.textContent = '';
    try {
      show(await api.put(path, { verdict, reason: verdict === '不相关' ? reason.value || undefined : undefined,
        note: note.value.trim() || undefined }));
    } catch (e) {
      message.textContent = e.errors?.length ? e.errors.map(x => x.message).join('；') : e.message;
    }
  };
  const withdraw = async () => {
    message.textContent = '';
    try {
      await api.del(path);
      show(null);
    } catch (e) {
      message.textContent = e.message;
    }
  };
  return h('div', { class: 'feedback' }, list,
    h('div', { class: 'feedback-form' },
      h('button', { class: 'btn ghost small mark-relevant', type: 'button', onclick: () => send('相关') }, '相关'),
      h('button', { class: 'btn ghost small mark-irrelevant', type: 'button', onclick: () => send('不相关') }, '不相关'),
      reason, note,
      h('button', { class: 'btn ghost small mark-withdraw', type: 'button', onclick: withdraw }, '撤销我的标记'),
      message));
}

const FEATURES = {
  text: '关键词', phrase: '短语', bm25: '文本相关', semantic: '语义', queryTitle: '名称覆盖', candidateTitle: '名称覆盖',
  techField: '技术领域', industry: '行业', maturity: '成熟度', mode: '合作方式', budget: '预算', region: '地域',
  freshness: '时效', achievement: '成果匹配',
};

function feature(name) {
  return FEATURES[name] || name;
}

/**
 * Loads and shows a match list into container, with 「暂无合适匹配」 when the engine says nothing is good
 * enough, and a button to show the weaker candidates then.
 */
export async function showMatches(container, path, { size = 10, sideLabels, action, request, canMark = false } = {}) {
  clear(container, loading('正在计算匹配…'));
  const feedback = request ? null : { base: path, canMark };
  const load = async (includeWeak) => {
    const page = request ? await request({ size, includeWeak }) : await api.get(path, { size, includeWeak });
    renderPage(container, page, { sideLabels, action, onWeak: () => load(true), includeWeak, feedback });
    return page;
  };
  return load(false);
}

export function renderPage(container, page, { sideLabels, action, onWeak, includeWeak, compact, feedback } = {}) {
  const items = [];
  if (page.noGoodMatch) {
    items.push(notice('empty', h('strong', { class: 'no-match' }, page.message || '暂无合适匹配'),
      h('div', { class: 'small' }, `没有候选达到合适匹配的阈值（${percent(page.threshold)}）。`)));
  } else {
    const good = page.good ?? page.total;
    const weaker = includeWeak ? Math.max(0, (page.listed ?? page.total) - good) : 0;
    items.push(h('p', { class: 'small muted match-total' },
      `合适匹配 ${good} 条` + (weaker ? `，另有较弱候选 ${weaker} 条` : ''),
      page.semantic ? '（含语义相似度）' : '（语义向量计算中，暂按文本与结构化条件匹配）'));
  }
  const shown = page.matches.filter(m => includeWeak || m.good);
  shown.forEach((m, i) => items.push(matchCard(m, page.offset + i + 1, page, { sideLabels, action, compact, feedback })));
  if (page.modelVersion && !compact) {
    items.push(h('p', { class: 'small muted model-version' }, `排序模型版本 ${page.modelVersion}`));
  }
  if (!includeWeak && onWeak && page.matches.length === shown.length) {
    items.push(h('button', { class: 'btn ghost small', type: 'button', onclick: onWeak }, '查看较弱的候选'));
  }
  clear(container, items);
}
