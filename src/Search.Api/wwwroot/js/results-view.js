// The result list: count, active filters, hits with highlighted snippets, pagination.

import { h, replaceChildrenKeepingFocus } from './dom.js';
import { formatDate, formatDay, formatNumber } from './format.js';
import { DIMENSIONS, hrefOf, searchOf, withFilter, withoutFilter, withoutFilters } from './url-state.js';

export const DIMENSION_LABELS = { topic: 'Topik', person: 'Tokoh', source: 'Sumber' };

/** The API's deepest result: page × size may not exceed this. */
const RESULT_WINDOW = 10_000;

/** An in-app link: a real href (open in a new tab works), followed without reloading the page. */
export function navLink(state, text, props = {}) {
    return h('a', { ...props, href: hrefOf(state), dataset: { nav: '', ...(props.dataset ?? {}) } }, text);
}

export function countText(total) {
    return `${formatNumber(total)} artikel ditemukan`;
}

/** Chips for each active filter, and "Hapus semua filter". */
export function renderActiveFilters(container, state) {
    const chips = [];
    for (const dimension of DIMENSIONS) {
        for (const value of state[dimension]) {
            chips.push(navLink(withoutFilter(state, dimension, value), [
                h('span', { class: 'chip-label' }, `${DIMENSION_LABELS[dimension]}: `),
                h('span', { class: dimension === 'topic' ? 'chip-value is-topic' : 'chip-value' }, value),
                h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'),
            ], { class: 'chip', 'aria-label': `Hapus filter ${DIMENSION_LABELS[dimension]}: ${value}`, dataset: { focusKey: `chip:${dimension}:${value}` } }));
        }
    }
    if (state.from || state.to) {
        const text = `${state.from ? formatDay(state.from) : '…'} – ${state.to ? formatDay(state.to) : '…'}`;
        chips.push(navLink(searchOf(state, { from: null, to: null }), [
            h('span', { class: 'chip-label' }, 'Tanggal: '), text,
            h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'),
        ], { class: 'chip', 'aria-label': `Hapus filter Tanggal: ${text}`, dataset: { focusKey: 'chip:date' } }));
    }
    container.hidden = chips.length === 0;
    replaceChildrenKeepingFocus(container, chips.length === 0 ? [] : [
        h('span', { class: 'visually-hidden' }, 'Filter aktif:'),
        ...chips,
        navLink(withoutFilters(state), 'Hapus semua filter', { class: 'clear-all', dataset: { focusKey: 'clear-all' } }),
    ]);
}

export function renderHits(list, hits, state) {
    list.replaceChildren(...hits.map(hit => renderHit(hit, state)));
}

function renderHit(hit, state) {
    const snippet = h('p', { class: 'hit-snippet' });
    snippet.innerHTML = hit.snippet; // HTML from the API: matches in <mark>, everything else escaped.
    return h('li', { class: 'hit' },
        h('article', {},
            hit.topic ? h('p', { class: 'hit-kicker' }, navLink(withFilter(state, 'topic', hit.topic), hit.topic, { class: 'topic-link' })) : null,
            h('h3', { class: 'hit-title' }, navLink({ ...state, article: hit.id }, hit.title, { dataset: { navFocus: 'article' } })),
            h('p', { class: 'hit-meta' },
                h('span', { class: 'hit-source' }, hit.source),
                h('span', { 'aria-hidden': 'true' }, ' · '),
                h('time', { datetime: hit.published }, formatDate(hit.published)),
                hit.author ? [h('span', { 'aria-hidden': 'true' }, ' · '), h('span', {}, hit.author)] : null),
            snippet,
            hit.persons.length > 0
                ? h('p', { class: 'hit-persons' },
                    h('span', { class: 'label' }, 'Tokoh: '),
                    hit.persons.map((person, i) => [i > 0 ? ', ' : null, navLink(withFilter(state, 'person', person), person, { class: 'person-link' })]))
                : null));
}

export function renderPagination(nav, result, state) {
    const lastPage = Math.min(Math.ceil(result.total / result.size), Math.floor(RESULT_WINDOW / result.size));
    if (lastPage <= 1) {
        nav.replaceChildren();
        nav.hidden = true;
        return;
    }
    nav.hidden = false;
    const page = n => ({ ...state, page: n });
    const items = [];
    items.push(state.page > 1
        ? navLink(page(state.page - 1), '‹ Sebelumnya', { class: 'page-step', rel: 'prev', dataset: { navFocus: 'results', focusKey: 'prev' } })
        : h('span', { class: 'page-step is-disabled', 'aria-hidden': 'true' }, '‹ Sebelumnya'));
    let previous = 0;
    for (const n of pageWindow(state.page, lastPage)) {
        if (n - previous > 1) items.push(h('span', { class: 'page-gap', 'aria-hidden': 'true' }, '…'));
        items.push(n === state.page
            ? h('span', { class: 'page-number is-current', 'aria-current': 'page' }, h('span', { class: 'visually-hidden' }, 'Halaman '), String(n))
            : navLink(page(n), [h('span', { class: 'visually-hidden' }, 'Halaman '), String(n)], { class: 'page-number', dataset: { navFocus: 'results', focusKey: `page:${n}` } }));
        previous = n;
    }
    items.push(state.page < lastPage
        ? navLink(page(state.page + 1), 'Berikutnya ›', { class: 'page-step', rel: 'next', dataset: { navFocus: 'results', focusKey: 'next' } })
        : h('span', { class: 'page-step is-disabled', 'aria-hidden': 'true' }, 'Berikutnya ›'));
    nav.replaceChildren(...items);
}

/** First, last, and the pages around the current one. */
function pageWindow(current, last) {
    const pages = new Set([1, last]);
    for (let n = current - 2; n <= current + 2; n++) {
        if (n >= 1 && n <= last) pages.add(n);
    }
    return [...pages].sort((a, b) => a - b);
}
