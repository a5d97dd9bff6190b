// "Liputan terkait": archive articles close to the draft, by relevance (the order the API gives) or
// newest first (the same articles by publication date), each a link to the reader in a new tab.

import { h } from './dom.js';
import { formatDate, formatNumber } from './format.js';

export const ORDERS = ['relevance', 'newest'];

/** The articles of a POST api/related answer, whatever envelope it uses. */
export function relatedItems(body) {
    const items = Array.isArray(body) ? body : body?.hits ?? body?.related ?? body?.articles ?? [];
    return items
        .filter(item => item && item.id && item.title)
        .map((item, rank) => ({ ...item, rank }));
}

/** The items in the chosen order; ties (and undated articles) keep the relevance order. */
export function ordered(items, order) {
    if (order !== 'newest') return [...items].sort((a, b) => a.rank - b.rank);
    const time = item => (item.published ? Date.parse(item.published) : Number.NEGATIVE_INFINITY);
    return [...items].sort((a, b) => time(b) - time(a) || a.rank - b.rank);
}

/** Fills the list; returns a sentence that says what it holds. */
export function renderRelated(list, items, order) {
    list.replaceChildren(...ordered(items, order).map(renderItem));
    const count = `${formatNumber(items.length)} artikel`;
    return order === 'newest' ? `${count}, terbaru di atas.` : `${count}, paling relevan di atas.`;
}

export function articleHref(id) {
    return `./?${new URLSearchParams({ article: id })}`;
}

function renderItem(item) {
    const shared = Array.isArray(item.sharedEntities) ? item.sharedEntities : [];
    return h('li', { class: 'coverage-item', dataset: { id: item.id } },
        h('a', { class: 'coverage-title', href: articleHref(item.id), target: '_blank', rel: 'noopener' },
            item.title, h('span', { class: 'visually-hidden' }, ' (membuka tab baru)')),
        h('p', { class: 'coverage-meta' },
            item.source ? h('span', { class: 'coverage-source' }, item.source) : null,
            item.published ? [item.source ? ' · ' : null, h('time', { datetime: item.published }, formatDate(item.published))] : null,
            item.topic ? [' · ', h('span', { class: 'coverage-topic' }, item.topic)] : null),
        shared.length > 0 ? h('p', { class: 'coverage-shared' }, h('span', { class: 'muted' }, 'Sama-sama menyebut: '), shared.join(', ')) : null,
        item.duplicates > 0 ? h('p', { class: 'coverage-duplicates muted' }, `+${formatNumber(item.duplicates)} versi serupa di arsip`) : null);
}
