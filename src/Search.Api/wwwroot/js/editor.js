// The editor workspace at /editor: a draft goes in, and three panels come back — related coverage
// (POST api/related), suggested tags (POST api/analyze) and the main person's timeline
// (GET api/timeline). A panel whose endpoint the server does not have yet says so and stays empty.
// The draft is kept in sessionStorage, so a reload or a trip to the reader and back keeps it.

import { analyzeDraft, personTimeline, relatedToDraft } from './editor-api.js';
import { Panel } from './editor-panel.js';
import { ORDERS, relatedItems, renderRelated } from './editor-related.js';
import { renderTags, suggestionsOf } from './editor-tags.js';
import { renderTimeline, timelineBuckets } from './editor-timeline.js';
import { h } from './dom.js';
import { formatNumber } from './format.js';

const STORAGE_KEY = 'search.editor.draft';
const RELATED_SIZE = 10;
const MAX_BODY = 200_000;
const $ = id => document.getElementById(id);
/** Where the panels sit beside the draft; narrower, they sit below it and the page scrolls to them. */
const wideScreen = matchMedia('(min-width: 56rem)');

const view = {
    form: $('draft-form'), title: $('draft-title'), body: $('draft-body'), stats: $('draft-stats'), error: $('draft-error'),
    clear: $('clear-button'), status: $('analysis-status'), heading: $('analysis-heading'),
    relatedList: $('related-list'), tagsBody: $('tags-body'), timelineBody: $('timeline-body'),
    person: $('timeline-person'), personLabel: $('timeline-person-label'),
};
const panels = {
    related: new Panel($('related-panel')),
    tags: new Panel($('tags-panel')),
    timeline: new Panel($('timeline-panel')),
};

let order = 'relevance';
let relatedShown = [];
let analysis = null;
let timeline = null;

async function analyse() {
    const draft = { title: view.title.value.trim(), body: view.body.value.trim() };
    if (!draft.title && !draft.body) return showDraftError('Tempel judul atau isi draf terlebih dahulu.', view.body);
    if (draft.body.length > MAX_BODY) {
        return showDraftError(`Isi draf terlalu panjang: ${formatNumber(draft.body.length)} karakter, paling banyak ${formatNumber(MAX_BODY)}.`, view.body);
    }
    view.error.hidden = true;
    if (!draft.body) draft.body = draft.title;

    analysis?.abort();
    analysis = new AbortController();
    const { signal } = analysis;
    panels.related.loading();
    panels.tags.loading();
    panels.timeline.loading('Menunggu tokoh utama…');
    view.status.textContent = 'Menganalisis draf…';

    const [related, analyzed] = await Promise.allSettled([
        relatedToDraft(draft, RELATED_SIZE, signal),
        analyzeDraft(draft, signal),
    ]);
    if (signal.aborted) return;

    const parts = [showRelated(related), showTags(analyzed, related)];
    view.status.textContent = `Analisis selesai. ${parts.filter(Boolean).join(' ')}`.trim();
    if (!wideScreen.matches) {
        view.heading.focus({ preventScroll: true });
        view.heading.scrollIntoView({ block: 'start' });
    }
}

/** Fills "Liputan terkait"; returns a sentence for the status line, or null. */
function showRelated(outcome) {
    relatedShown = [];
    if (outcome.status === 'rejected') {
        panels.related.error(outcome.reason.message);
        view.relatedList.replaceChildren();
        return null;
    }
    if (outcome.value === null) {
        panels.related.unavailable();
        view.relatedList.replaceChildren();
        return null;
    }
    relatedShown = relatedItems(outcome.value);
    if (relatedShown.length === 0) {
        panels.related.empty('Tidak ada liputan terkait di arsip.');
        view.relatedList.replaceChildren();
        return 'Tidak ada liputan terkait.';
    }
    panels.related.ready(renderRelated(view.relatedList, relatedShown, order));
    return `${formatNumber(relatedShown.length)} liputan terkait.`;
}

/** Fills "Saran tag" and starts the timeline of the main person; returns a sentence for the status line, or null. */
function showTags(outcome, relatedOutcome) {
    const related = relatedOutcome.status === 'fulfilled' ? relatedOutcome.value : null;
    if (outcome.status === 'rejected') {
        panels.tags.error(outcome.reason.message);
        view.tagsBody.replaceChildren();
        choosePersons([]);
        return null;
    }
    const suggestions = suggestionsOf(outcome.value, related);
    if (!suggestions) {
        if (outcome.value === null) panels.tags.unavailable();
        else panels.tags.empty('Tidak ada tokoh, organisasi, tempat, atau topik yang dikenali.');
        view.tagsBody.replaceChildren();
        choosePersons([], outcome.value === null);
        return null;
    }
    const count = renderTags(view.tagsBody, suggestions);
    if (suggestions.from === 'related') panels.tags.ready('Tokoh dan topik yang dipakai untuk mencari liputan terkait (saran lengkap belum tersedia).');
    else if (count === 0) panels.tags.empty('Tidak ada tokoh, organisasi, tempat, atau topik yang dikenali.');
    else panels.tags.ready('Tokoh, organisasi, tempat, dan topik yang dikenali dalam draf.');
    choosePersons(suggestions.persons.map(p => p.name));
    return count > 0 ? `${formatNumber(count)} saran tag.` : null;
}

/** Offers the suggested persons for the timeline, the most mentioned first, and loads the first. */
function choosePersons(names, noSuggestions = false) {
    view.person.replaceChildren(...names.map(name => h('option', { value: name }, name)));
    view.personLabel.hidden = names.length < 2;
    if (names.length > 0) {
        loadTimeline(names[0]);
        return;
    }
    timeline?.abort();
    view.timelineBody.replaceChildren();
    panels.timeline.empty(noSuggestions
        ? 'Tokoh utama belum dapat dikenali karena saran tag belum tersedia.'
        : 'Tidak ada tokoh yang dikenali dalam draf.');
}

async function loadTimeline(person) {
    timeline?.abort();
    timeline = new AbortController();
    const { signal } = timeline;
    panels.timeline.loading(`Memuat linimasa ${person}…`);
    let body;
    try {
        body = await personTimeline(person, signal);
    } catch (error) {
        if (error.name === 'AbortError') return;
        panels.timeline.error(error.message);
        view.timelineBody.replaceChildren();
        return;
    }
    if (signal.aborted) return;
    if (body === null) {
        panels.timeline.unavailable();
        view.timelineBody.replaceChildren();
        return;
    }
    const buckets = timelineBuckets(body);
    if (!buckets.some(b => b.count > 0)) {
        panels.timeline.empty(`Belum ada pemberitaan tentang ${person} di arsip.`);
        view.timelineBody.replaceChildren();
        return;
    }
    renderTimeline(view.timelineBody, person, buckets);
    panels.timeline.ready(`Pemberitaan ${person} per bulan.`);
}

function showDraftError(message, field) {
    view.error.textContent = message;
    view.error.hidden = false;
    field.focus();
}

function showStats() {
    const words = view.body.value.trim() ? view.body.value.trim().split(/\s+/).length : 0;
    view.stats.textContent = `${formatNumber(words)} kata · ${formatNumber(view.body.value.length)} karakter`;
}

function saveDraft() {
    try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ title: view.title.value, body: view.body.value, order }));
    } catch {
        // Storage full or disabled: the draft simply is not kept.
    }
}

function restoreDraft() {
    try {
        const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
        if (!saved) return;
        view.title.value = saved.title ?? '';
        view.body.value = saved.body ?? '';
        if (ORDERS.includes(saved.order)) order = saved.order;
    } catch {
        // A damaged entry is ignored.
    }
}

view.form.addEventListener('submit', event => {
    event.preventDefault();
    analyse();
});
view.form.addEventListener('keydown', event => {
    if (event.key !== 'Enter') return;
    if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        view.form.requestSubmit();
    } else if (event.target === view.title) {
        // A headline is one line: Enter moves on to the body.
        event.preventDefault();
        view.body.focus();
    }
});
view.title.addEventListener('input', () => {
    if (/\n/.test(view.title.value)) view.title.value = view.title.value.replace(/\s*\n\s*/g, ' ');
});
view.form.addEventListener('input', () => {
    view.error.hidden = true;
    showStats();
    saveDraft();
});
view.clear.addEventListener('click', () => {
    view.title.value = '';
    view.body.value = '';
    showStats();
    saveDraft();
    view.title.focus();
});
for (const radio of document.querySelectorAll('input[name="related-order"]')) {
    radio.addEventListener('change', () => {
        order = radio.value;
        saveDraft();
        if (relatedShown.length > 0) panels.related.ready(renderRelated(view.relatedList, relatedShown, order));
    });
}
view.person.addEventListener('change', () => loadTimeline(view.person.value));

restoreDraft();
document.querySelector(`input[name="related-order"][value="${order}"]`).checked = true;
showStats();
