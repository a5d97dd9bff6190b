// The whole reader state lives in the query string: /?q=lavrov&topic=internasional&from=2021-01-01&page=2.
// This module is the only place that reads or writes it.

/** Facet dimensions that filter by value; repeated parameters are OR-ed by the API. */
export const DIMENSIONS = ['topic', 'person', 'source'];

export const SORTS = ['relevance', 'newest', 'oldest'];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** @returns {{q:string, topic:string[], person:string[], source:string[], from:string|null, to:string|null, sort:string, page:number, article:string|null}} */
export function parseState(search) {
    const params = new URLSearchParams(search);
    const state = {
        q: (params.get('q') ?? '').trim(),
        from: day(params.get('from')),
        to: day(params.get('to')),
        sort: SORTS.includes(params.get('sort')) ? params.get('sort') : 'relevance',
        page: positive(params.get('page')) ?? 1,
        article: params.get('article') || null,
    };
    for (const dimension of DIMENSIONS) {
        state[dimension] = unique(params.getAll(dimension).map(v => v.trim()).filter(Boolean));
    }
    return state;
}

/** The query string of a state, without '?'; defaults are left out so that URLs stay short. */
export function toQueryString(state) {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    for (const dimension of DIMENSIONS) {
        for (const value of state[dimension]) params.append(dimension, value);
    }
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
    if (state.sort !== 'relevance') params.set('sort', state.sort);
    if (state.page > 1) params.set('page', String(state.page));
    if (state.article) params.set('article', state.article);
    return params.toString();
}

/** A link to a state, relative to the page the reader is on. */
export function hrefOf(state) {
    const query = toQueryString(state);
    return query ? `?${query}` : location.pathname;
}

/** The same search on its first page, out of any article. */
export function searchOf(state, changes = {}) {
    return { ...state, page: 1, article: null, ...changes };
}

export function hasFilter(state, dimension, value) {
    return state[dimension].some(v => v.toLowerCase() === value.toLowerCase());
}

export function withFilter(state, dimension, value) {
    return hasFilter(state, dimension, value) ? searchOf(state) : searchOf(state, { [dimension]: [...state[dimension], value] });
}

export function withoutFilter(state, dimension, value) {
    return searchOf(state, { [dimension]: state[dimension].filter(v => v.toLowerCase() !== value.toLowerCase()) });
}

export function withoutFilters(state) {
    return searchOf(state, { topic: [], person: [], source: [], from: null, to: null });
}

export function activeFilterCount(state) {
    return DIMENSIONS.reduce((n, d) => n + state[d].length, 0) + (state.from || state.to ? 1 : 0);
}

function day(value) {
    return value && ISO_DAY.test(value) ? value : null;
}

function positive(value) {
    const n = Number(value);
    return Number.isInteger(n) && n >= 1 ? n : null;
}

function unique(values) {
    const seen = new Set();
    return values.filter(v => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}
