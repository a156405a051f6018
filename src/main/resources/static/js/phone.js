// The phone layout's two controls (CSS in app.css, @media max-width 960px): on a search page the filters become a
// drawer opened by 「筛选」, so the results start at the top; on a form with a live preview, a button that stays on
// screen while typing jumps to the preview and back.
import { h, $ } from './dom.js';

export function phoneControls(main) {
  const layout = $('.search-layout', main);
  const facets = layout && $('.facets', layout);
  if (facets) {
    const close = () => document.body.classList.remove('filters-open');
    const toggle = h('button', { class: 'btn ghost small filter-toggle', id: 'filter-toggle', type: 'button',
      'aria-controls': facets.id || null, onclick: () => document.body.classList.toggle('filters-open') }, '筛选');
    layout.before(toggle);
    layout.append(h('div', { class: 'filters-backdrop', onclick: close, 'aria-hidden': 'true' }),
      h('button', { class: 'btn small filters-done', type: 'button', onclick: close }, '完成'));
  }
  const preview = $('.with-preview .preview', main);
  if (preview) {
    preview.id ||= 'preview-panel';
    const form = $('.with-preview form', main);
    const jump = h('button', { class: 'btn preview-jump', id: 'preview-jump', type: 'button', onclick: () => {
      const atPreview = preview.getBoundingClientRect().top < window.innerHeight / 2;
      (atPreview ? form : preview).scrollIntoView({ behavior: 'smooth', block: 'start' });
    } }, '匹配预览');
    const label = () => {
      const atPreview = preview.getBoundingClientRect().top < window.innerHeight / 2;
      jump.textContent = atPreview ? '返回填写' : '匹配预览';
    };
    window.addEventListener('scroll', label, { passive: true });
    main.append(jump);
  }
}
