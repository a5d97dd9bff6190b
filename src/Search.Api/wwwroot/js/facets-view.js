// Facet panels: a checkbox per value with its count. Counts are multi-select (a dimension's counts
// ignore its own filter), so ticking a second topic shows what it adds.

import { h, replaceChildrenKeepingFocus } from './dom.js';
import { formatNumber } from './format.js';
import { hasFilter } from './url-state.js';

/** Values shown before "Tampilkan semua". */
const COLLAPSED_LENGTH = 8;
const expanded = new Set();

/**
 * @param {HTMLElement} list the <ul> of one dimension
 * @param {string} dimension topic, person or source
 * @param {{value:string,count:number}[]} values
 * @param {object} state
 * @param {(value:string, checked:boolean) => void} onToggle
 */
export function renderFacet(list, dimension, values, state, onToggle) {
    if (values.length === 0) {
        list.replaceChildren(h('li', { class: 'muted' }, 'Tidak ada'));
        return;
    }
    const open = expanded.has(dimension);
    const shown = values.filter((v, i) => open || i < COLLAPSED_LENGTH || hasFilter(state, dimension, v.value));
    const items = shown.map(({ value, count }) => {
        const checked = hasFilter(state, dimension, value);
        return h('li', { class: `facet-item${count === 0 && !checked ? ' is-empty' : ''}` },
            h('label', {},
                h('input', {
                    type: 'checkbox',
                    name: dimension,
                    value,
                    checked,
                    dataset: { focusKey: `${dimension}:${value}` },
                    onchange: event => onToggle(value, event.target.checked),
                }),
                h('span', { class: `facet-name${dimension === 'topic' ? ' is-topic' : ''}` }, value),
                h('span', { class: 'facet-count' }, formatNumber(count))));
    });
    if (values.length > COLLAPSED_LENGTH) {
        items.push(h('li', {},
            h('button', {
                type: 'button',
                class: 'link-button',
                'aria-expanded': String(open),
                dataset: { focusKey: `${dimension}:more` },
                onclick: () => {
                    if (open) expanded.delete(dimension); else expanded.add(dimension);
                    renderFacet(list, dimension, values, state, onToggle);
                },
            }, open ? 'Tampilkan lebih sedikit' : `Tampilkan semua (${values.length})`)));
    }
    replaceChildrenKeepingFocus(list, items);
}
