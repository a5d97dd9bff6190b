// "Saran tag": the persons, organisations, places and topic found in the draft. Each tag links to the
// reader filtered on it (persons, topic) or searching for it (organisations, places), in a new tab.

import { h } from './dom.js';
import { formatNumber } from './format.js';

const MAX_TOPIC_SCORES = 4;
const score = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

/**
 * Suggestions from POST api/analyze ({persons:[{name,aliases,mentions}], orgs, places, topic, topicScores}),
 * or, while that endpoint is missing, the persons and topic POST api/related tagged the draft with.
 */
export function suggestionsOf(analysis, related) {
    if (analysis) {
        return {
            from: 'analyze',
            persons: entities(analysis.persons).sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0)),
            orgs: entities(analysis.orgs ?? analysis.organisations ?? analysis.organizations),
            places: entities(analysis.places),
            topic: typeof analysis.topic === 'string' ? analysis.topic : analysis.topic?.name ?? null,
            topicScores: topicScores(analysis.topicScores),
        };
    }
    if (related && !Array.isArray(related) && (related.persons?.length > 0 || related.topic)) {
        return { from: 'related', persons: entities(related.persons), orgs: [], places: [], topic: related.topic ?? null, topicScores: [] };
    }
    return null;
}

/** Renders the suggestions; returns how many tags there are. */
export function renderTags(container, suggestions) {
    const groups = [
        group('Tokoh', suggestions.persons, person => tag(person, { person: person.name }, 'person-tag')),
        group('Organisasi', suggestions.orgs, org => tag(org, { q: `"${org.name}"` }, 'org-tag')),
        group('Tempat', suggestions.places, place => tag(place, { q: `"${place.name}"` }, 'place-tag')),
        suggestions.topic ? h('div', { class: 'tag-group' },
            h('h3', { class: 'tag-group-title' }, 'Topik'),
            h('ul', { class: 'tag-list' }, h('li', {}, link({ topic: suggestions.topic }, suggestions.topic, 'tag topic-tag'))),
            renderScores(suggestions.topicScores)) : null,
    ].filter(Boolean);
    container.replaceChildren(...groups);
    return suggestions.persons.length + suggestions.orgs.length + suggestions.places.length + (suggestions.topic ? 1 : 0);
}

function group(title, items, render) {
    if (items.length === 0) return null;
    return h('div', { class: 'tag-group' },
        h('h3', { class: 'tag-group-title' }, title),
        h('ul', { class: 'tag-list' }, items.map(item => h('li', {}, render(item)))));
}

function tag(entity, params, kind) {
    const mentions = entity.mentions > 0 ? `${formatNumber(entity.mentions)}×` : null;
    const aliases = entity.aliases.filter(a => a.toLowerCase() !== entity.name.toLowerCase());
    return [
        link(params, [
            entity.name,
            mentions ? h('span', { class: 'tag-count', 'aria-hidden': 'true' }, mentions) : null,
            mentions ? h('span', { class: 'visually-hidden' }, `, disebut ${formatNumber(entity.mentions)} kali`) : null,
        ], `tag ${kind}`),
        aliases.length > 0 ? h('span', { class: 'tag-aliases muted' }, `juga: ${aliases.join(', ')}`) : null,
    ];
}

function link(params, content, className) {
    return h('a', { class: className, href: `./?${new URLSearchParams(params)}`, target: '_blank', rel: 'noopener' },
        content, h('span', { class: 'visually-hidden' }, ' (membuka tab baru)'));
}

function renderScores(scores) {
    if (scores.length < 2) return null;
    const max = Math.max(...scores.map(s => s.score)) || 1;
    return h('div', { class: 'topic-scores' },
        h('p', { class: 'topic-scores-title muted', id: 'topic-scores-title' }, 'Kandidat topik'),
        h('ul', { 'aria-labelledby': 'topic-scores-title' }, scores.map(s => h('li', {},
            h('span', { class: 'topic-name' }, s.topic),
            h('span', { class: 'score-bar', 'aria-hidden': 'true' }, h('span', { style: `width: ${Math.round((s.score / max) * 100)}%` })),
            h('span', { class: 'score-value' }, score.format(s.score))))));
}

/** Names as given, or {name, aliases, mentions} objects; anything without a name is dropped. */
function entities(list) {
    if (!Array.isArray(list)) return [];
    return list
        .map(e => (typeof e === 'string'
            ? { name: e, aliases: [], mentions: null }
            : { name: e?.name ?? e?.value ?? '', aliases: Array.isArray(e?.aliases) ? e.aliases : [], mentions: e?.mentions ?? e?.count ?? null }))
        .filter(e => typeof e.name === 'string' && e.name.trim() !== '');
}

/** {topic: score} or [{topic, score}], best first. */
function topicScores(raw) {
    const pairs = Array.isArray(raw)
        ? raw.map(s => ({ topic: s?.topic ?? s?.name ?? s?.value, score: Number(s?.score) }))
        : Object.entries(raw ?? {}).map(([topic, value]) => ({ topic, score: Number(value) }));
    return pairs
        .filter(p => typeof p.topic === 'string' && Number.isFinite(p.score) && p.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, MAX_TOPIC_SCORES);
}
