// The reader page. State lives in the URL (see js/url-state.js): every change pushes a history entry,
// the back button and a reload restore it. This file wires the views to the state.

import * as api from './js/api.js';
import { renderArticle, loadRelated } from './js/article-view.js';
import { attachAutocomplete } from './js/autocomplete.js';
import { renderHistogram } from './js/date-histogram.js';
import { h } from './js/dom.js';
import { renderFacet } from './js/facets-view.js';
import { countText, navLink, renderActiveFilters, renderHits, renderPagination } from './js/results-view.js';
import { activeFilterCount, DIMENSIONS, hrefOf, parseState, searchOf, withFilter, withoutFilter } from './js/url-state.js';

const SITE_NAME = 'Cari Berita';
const $ = id => document.getElementById(id);
const view = {
    form: $('search-form'), q: $('q'), sort: $('sort'),
    filters: $('filters'), filterCount: $('filter-count'), histogram: $('histogram'),
    dateForm: $('date-form'), from: $('from'), to: $('to'),
    searchView: $('search-view'), count: $('result-count'), active: $('active-filters'), didYouMean: $('did-you-mean'),
    error: $('error'), results: $('results'), empty: $('empty'), pagination: $('pagination'),
    resultsHeading: $('results-heading'), article: $('article-view'),
};

let state = parseState(location.search);
let inFlight = null;

/** Goes to a new state: one history entry, then render. */
function navigate(next, focus = null) {
    const url = hrefOf(next);
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    state = next;
    render(focus);
}

async function render(focus = null) {
    inFlight?.abort();
    inFlight = new AbortController();
    const { signal } = inFlight;
    view.q.value = state.q;
    try {
        if (state.article) await showArticle(signal, focus);
        else await showSearch(signal, focus);
    } catch (error) {
        if (error.name !== 'AbortError') throw error;
    }
}

async function showSearch(signal, focus) {
    view.article.hidden = true;
    view.searchView.hidden = false;
    document.title = state.q ? `${state.q} – ${SITE_NAME}` : SITE_NAME;
    syncControls();
    view.results.setAttribute('aria-busy', 'true');
    view.searchView.classList.add('is-loading');
    let result;
    try {
        result = await api.search(state, signal);
    } catch (error) {
        if (error.name === 'AbortError') throw error;
        showError(error.status === 400 ? `Pencarian tidak dapat dijalankan: ${error.message}` : error.message);
        return;
    } finally {
        if (!signal.aborted) {
            view.results.setAttribute('aria-busy', 'false');
            view.searchView.classList.remove('is-loading');
        }
    }
    if (signal.aborted) return;
    view.error.hidden = true;
    const count = countText(result.total);
    if (view.count.textContent !== count) view.count.textContent = count;
    renderHits(view.results, result.hits, state);
    renderEmpty(result);
    renderPagination(view.pagination, result, state);
    renderDidYouMean(result.suggestion);
    for (const dimension of DIMENSIONS) {
        renderFacet($(`facet-${dimension}`), dimension, result.facets[dimension] ?? [], state,
            (value, checked) => navigate(checked ? withFilter(state, dimension, value) : withoutFilter(state, dimension, value)));
    }
    renderHistogram(view.histogram, result.facets, state, (from, to) => navigate(searchOf(state, { from, to })));
    if (focus === 'results') {
        view.resultsHeading.focus();
        view.resultsHeading.scrollIntoView({ block: 'start' });
    }
}

async function showArticle(signal, focus) {
    const id = state.article;
    let article;
    try {
        article = await api.article(id, signal);
    } catch (error) {
        if (error.name === 'AbortError') throw error;
        view.article.replaceChildren(
            h('p', { class: 'article-back' }, navLink(searchOf(state, { page: state.page }), '‹ Kembali ke hasil pencarian')),
            h('h1', { id: 'article-title', tabindex: '-1' }, error.status === 404 ? 'Artikel tidak ditemukan' : 'Artikel tidak dapat dimuat'),
            h('p', { class: 'muted' }, error.message));
        document.title = `Artikel tidak ditemukan – ${SITE_NAME}`;
        swapToArticle(focus);
        return;
    }
    if (signal.aborted) return;
    document.title = `${renderArticle(view.article, article, state)} – ${SITE_NAME}`;
    swapToArticle(focus);
    await loadRelated(view.article, id, state, signal);
}

function swapToArticle(focus) {
    view.searchView.hidden = true;
    view.article.hidden = false;
    window.scrollTo(0, 0);
    if (focus === 'article') $('article-title')?.focus();
}

function syncControls() {
    view.sort.value = state.sort;
    view.from.value = state.from ?? '';
    view.to.value = state.to ?? '';
    const active = activeFilterCount(state);
    view.filterCount.textContent = active > 0 ? `· ${active} aktif` : '';
    renderActiveFilters(view.active, state);
}

function renderEmpty(result) {
    view.empty.hidden = result.hits.length > 0;
    if (result.hits.length > 0) return;
    // Past the last page the API may report a total of 0, so the page number alone decides.
    view.empty.replaceChildren(...(state.page > 1
        ? ['Halaman ini sudah melewati hasil terakhir. ', navLink(searchOf(state), 'Kembali ke halaman 1')]
        : ['Tidak ada artikel yang cocok. Coba kata lain atau hapus sebagian filter.']));
}

function renderDidYouMean(suggestion) {
    const show = typeof suggestion === 'string' && suggestion && suggestion.toLowerCase() !== state.q.toLowerCase();
    view.didYouMean.hidden = !show;
    view.didYouMean.replaceChildren(...(show ? ['Mungkin maksud Anda: ', navLink(searchOf(state, { q: suggestion }), suggestion)] : []));
}

function showError(message) {
    view.error.hidden = false;
    view.error.textContent = message;
    view.count.textContent = '';
    view.results.replaceChildren();
    view.empty.hidden = true;
    view.pagination.hidden = true;
}

// In-app links keep their real href (open in a new tab works) and are followed without a reload.
document.addEventListener('click', event => {
    const link = event.target.closest?.('a[data-nav]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(parseState(new URL(link.href).search), link.dataset.navFocus ?? null);
});

window.addEventListener('popstate', () => {
    state = parseState(location.search);
    render();
});

view.form.addEventListener('submit', event => {
    event.preventDefault();
    autocomplete.close();
    navigate(searchOf(state, { q: view.q.value.trim() }));
});

const autocomplete = attachAutocomplete(view.q, $('suggestions'), text => navigate(searchOf(state, { q: text })));

view.sort.addEventListener('change', () => navigate(searchOf(state, { sort: view.sort.value })));

view.dateForm.addEventListener('submit', event => {
    event.preventDefault();
    let [from, to] = [view.from.value || null, view.to.value || null];
    if (from && to && from > to) [from, to] = [to, from];
    navigate(searchOf(state, { from, to }));
});

// Facets sit in a <details> panel that is always open on wide screens and starts closed on phones.
const wide = matchMedia('(min-width: 56rem)');
const syncFilterPanel = () => { view.filters.open = wide.matches; };
wide.addEventListener('change', syncFilterPanel);
syncFilterPanel();

history.replaceState(null, '', hrefOf(state));
render();
