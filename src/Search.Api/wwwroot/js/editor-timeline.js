// "Linimasa tokoh": a person's coverage per month from GET api/timeline. A bar chart for the shape
// (decorative; every number in it is also in the list), and the months with articles, newest first,
// each with its top article and a link to the reader filtered on that person and month.

import { h, s } from './dom.js';
import { formatMonth, formatNumber } from './format.js';
import { articleHref } from './editor-related.js';

const BAR_STEP = 10;
const CHART_HEIGHT = 80;
const LIST_LIMIT = 12;

/** The buckets of a timeline answer ({buckets:[{key, start, count, top}]} or a bare list), in calendar order. */
export function timelineBuckets(body) {
    const buckets = Array.isArray(body) ? body : body?.buckets ?? [];
    return buckets
        .filter(b => b && typeof b.key === 'string' && Number.isFinite(b.count))
        .sort((a, b) => a.key.localeCompare(b.key));
}

/** Renders the timeline of a person; returns a one-line summary of it. */
export function renderTimeline(container, person, buckets) {
    const total = buckets.reduce((n, b) => n + b.count, 0);
    const peak = buckets.reduce((best, b) => (b.count > best.count ? b : best), buckets[0]);
    const first = buckets[0].key;
    const last = buckets[buckets.length - 1].key;
    const withArticles = buckets.filter(b => b.count > 0).reverse();
    const span = first === last ? formatMonth(first) : `${formatMonth(first, true)} – ${formatMonth(last, true)}`;
    // The busiest month is worth naming only when it stands out.
    const standsOut = withArticles.some(b => b.count < peak.count);
    const summary = `${person}: ${formatNumber(total)} artikel, ${span}.`
        + (standsOut ? ` Terbanyak ${formatMonth(peak.key)} (${formatNumber(peak.count)} artikel).` : '');

    const list = h('ol', { class: 'timeline-list', 'aria-label': `Bulan dengan pemberitaan ${person}, terbaru di atas` },
        withArticles.map((bucket, i) => renderMonth(person, bucket, i >= LIST_LIMIT)));
    const more = withArticles.length > LIST_LIMIT
        ? h('button', {
            type: 'button', class: 'link-button timeline-more',
            onclick: event => {
                list.querySelectorAll('li[hidden]').forEach(li => { li.hidden = false; });
                list.children[LIST_LIMIT]?.querySelector('a')?.focus();
                event.currentTarget.remove();
            },
        }, `Tampilkan semua ${formatNumber(withArticles.length)} bulan`)
        : null;

    container.replaceChildren(
        h('figure', { class: 'timeline-figure' },
            chart(buckets),
            h('figcaption', { class: 'timeline-summary' }, summary)),
        list,
        ...(more ? [more] : []));
    return summary;
}

function chart(buckets) {
    const max = Math.max(1, ...buckets.map(b => b.count));
    const svg = s('svg', {
        class: 'timeline-chart',
        viewBox: `0 0 ${buckets.length * BAR_STEP} ${CHART_HEIGHT}`,
        preserveAspectRatio: 'none',
        'aria-hidden': 'true',
        focusable: 'false',
    });
    buckets.forEach((bucket, i) => {
        if (i > 0 && bucket.key.endsWith('-01')) {
            svg.append(s('line', { class: 'timeline-year-rule', x1: i * BAR_STEP, x2: i * BAR_STEP, y1: 0, y2: CHART_HEIGHT, 'vector-effect': 'non-scaling-stroke' }));
        }
        const height = bucket.count === 0 ? 0 : Math.max(3, (bucket.count / max) * (CHART_HEIGHT - 4));
        svg.append(s('rect', {
            class: 'timeline-bar',
            x: i * BAR_STEP + 1.5, y: CHART_HEIGHT - height, width: BAR_STEP - 3, height,
            dataset: { bucket: bucket.key },
        }, s('title', {}, `${formatMonth(bucket.key)}: ${formatNumber(bucket.count)} artikel`)));
    });
    const years = buckets
        .map((bucket, index) => ({ index, text: index === 0 ? formatMonth(bucket.key, true) : bucket.key.slice(0, 4), show: index === 0 || bucket.key.endsWith('-01') }))
        .filter(label => label.show);
    return h('div', { class: 'timeline-chart-frame' },
        svg,
        h('div', { class: 'timeline-axis muted', 'aria-hidden': 'true' },
            years.map(({ index, text }) => h('span', { style: `left: ${(index / buckets.length) * 100}%` }, text))));
}

function renderMonth(person, bucket, hidden) {
    const from = bucket.start ?? `${bucket.key}-01`;
    const to = lastDayOf(bucket.key);
    const month = formatMonth(bucket.key);
    const top = bucket.top;
    return h('li', { class: 'timeline-item', hidden, dataset: { bucket: bucket.key } },
        h('p', { class: 'timeline-month' },
            h('a', { href: `./?${new URLSearchParams({ person, from, to })}`, target: '_blank', rel: 'noopener' },
                month, h('span', { class: 'visually-hidden' }, ` – semua artikel ${person} (membuka tab baru)`)),
            h('span', { class: 'timeline-count' }, `${formatNumber(bucket.count)} artikel`)),
        top?.id && top?.title
            ? h('p', { class: 'timeline-top' },
                h('a', { href: articleHref(top.id), target: '_blank', rel: 'noopener' },
                    top.title, h('span', { class: 'visually-hidden' }, ' (membuka tab baru)')),
                top.source ? h('span', { class: 'muted' }, top.source) : null)
            : null);
}

function lastDayOf(key) {
    const [y, m] = key.split('-').map(Number);
    return `${key}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
