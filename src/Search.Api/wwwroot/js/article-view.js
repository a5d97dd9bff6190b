// The article page: the whole text, caption, dateline, persons and topic as filter links,
// "Baca juga" titles, and "Bacaan terkait" from /api/articles/{id}/related once that exists.

import * as api from './api.js';
import { h } from './dom.js';
import { formatDate, formatDateTime } from './format.js';
import { navLink } from './results-view.js';
import { searchOf, withFilter } from './url-state.js';

/** Renders the article into container; returns its title. */
export function renderArticle(container, article, state) {
    const back = searchOf(state, { page: state.page });
    const fresh = changes => searchOf(state, { q: '', topic: [], person: [], source: [], from: null, to: null, ...changes });
    const filterFromArticle = (dimension, value) => withFilter(fresh(), dimension, value);
    const paragraphs = article.body.split(/\n\s*\n/).map(p => p.trim()).filter(Boolean);
    const datelineFirst = article.dateline && paragraphs.length > 0
        && !paragraphs[0].toLowerCase().startsWith(article.dateline.toLowerCase());

    container.replaceChildren(
        h('p', { class: 'article-back' }, navLink(back, '‹ Kembali ke hasil pencarian', { dataset: { navFocus: 'results' } })),
        h('header', { class: 'article-header' },
            article.topic ? h('p', { class: 'article-kicker' }, navLink(filterFromArticle('topic', article.topic), article.topic, { class: 'topic-link' })) : null,
            h('h1', { id: 'article-title', tabindex: '-1' }, article.title),
            h('p', { class: 'article-meta' },
                h('span', { class: 'article-source' }, article.source),
                article.author ? [h('span', { 'aria-hidden': 'true' }, ' · '), h('span', {}, article.author)] : null,
                h('span', { 'aria-hidden': 'true' }, ' · '),
                h('time', { datetime: article.published }, formatDateTime(article.published)))),
        article.caption ? h('figure', { class: 'article-caption' }, h('figcaption', {}, h('span', { class: 'caption-label' }, 'Foto '), article.caption)) : null,
        h('div', { class: 'article-body' },
            paragraphs.map((text, i) => h('p', {},
                i === 0 && datelineFirst ? [h('strong', { class: 'dateline' }, article.dateline.toUpperCase()), ' — '] : null,
                text,
                i === paragraphs.length - 1 && article.editorCode ? h('span', { class: 'editor-code' }, ` (${article.editorCode})`) : null))),
        h('footer', { class: 'article-footer' },
            article.persons.length > 0 ? h('div', { class: 'article-persons' },
                h('h2', {}, 'Tokoh'),
                h('ul', { class: 'tag-list' }, article.persons.map(p => h('li', {}, navLink(filterFromArticle('person', p), p, { class: 'tag person-link' }))))) : null,
            article.tags.length > 0 ? h('div', { class: 'article-tags' },
                h('h2', {}, 'Tag'),
                h('ul', { class: 'tag-list' }, article.tags.map(t => h('li', {}, navLink(fresh({ q: t }), t, { class: 'tag' }))))) : null,
            article.url ? h('p', { class: 'article-source-link' }, h('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, `Baca di ${article.source}`)) : null),
        article.relatedTitles.length > 0 ? h('section', { class: 'read-also', 'aria-labelledby': 'read-also-heading' },
            h('h2', { id: 'read-also-heading' }, 'Baca juga'),
            h('ul', {}, article.relatedTitles.map(title => h('li', {},
                navLink(fresh({ q: title }), title))))) : null,
        h('section', { class: 'related', id: 'related', 'aria-labelledby': 'related-heading', hidden: true },
            h('h2', { id: 'related-heading' }, 'Bacaan terkait'),
            h('ol', { class: 'related-list' })));
    return article.title;
}

/** Fills "Bacaan terkait"; leaves it hidden when the endpoint is not there or has nothing. */
export async function loadRelated(container, id, state, signal) {
    let body;
    try {
        body = await api.related(id, signal);
    } catch (error) {
        if (error.name !== 'AbortError') console.warn('Bacaan terkait tidak dapat dimuat:', error.message);
        return;
    }
    const items = (Array.isArray(body) ? body : body?.hits ?? body?.articles ?? body?.related ?? [])
        .filter(item => item && item.id && item.title && item.id !== id);
    const section = container.querySelector('#related');
    if (!section || items.length === 0) return;
    section.querySelector('ol').replaceChildren(...items.map(item => h('li', {},
        navLink({ ...state, article: item.id }, item.title, { class: 'related-title', dataset: { navFocus: 'article' } }),
        h('p', { class: 'related-meta' },
            item.source ?? '',
            item.published ? [item.source ? ' · ' : '', h('time', { datetime: item.published }, formatDate(item.published))] : null))));
    section.hidden = false;
}
