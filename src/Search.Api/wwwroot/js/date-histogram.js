// The date histogram: an SVG bar chart of the month (or year) facet. Click a bar to filter on that
// month, drag across bars to filter on a range; with the keyboard, arrows move between bars, Enter
// picks one and Shift+Enter stretches the range to it.

import { h, s } from './dom.js';
import { formatMonth, formatNumber } from './format.js';

/** Beyond this many months the chart shows years. */
const MAX_MONTHS = 36;
const BAR_STEP = 10;
const CHART_HEIGHT = 100;

/**
 * @param {HTMLElement} container
 * @param {{month?: {value:string,count:number}[], year?: {value:string,count:number}[]}} facets
 * @param {{from:string|null, to:string|null}} range the current date filter
 * @param {(from:string, to:string) => void} onRange
 */
export function renderHistogram(container, facets, range, onRange) {
    const buckets = bucketsOf(facets);
    if (buckets.length === 0) {
        container.replaceChildren(h('p', { class: 'muted' }, 'Tidak ada tanggal untuk ditampilkan.'));
        return;
    }
    const focusedKey = container.contains(document.activeElement) ? document.activeElement.dataset.bucket : null;
    const max = Math.max(...buckets.map(b => b.count));
    const filtered = Boolean(range.from || range.to);
    const inRange = b => (!range.from || b.to >= range.from) && (!range.to || b.from <= range.to);
    const byYear = buckets[0].key.length === 4;
    const tabStop = Math.max(0, filtered ? buckets.findIndex(inRange) : buckets.length - 1);

    const hits = [];
    const bars = [];
    const svg = s('svg', {
        class: 'histogram-chart',
        viewBox: `0 0 ${buckets.length * BAR_STEP} ${CHART_HEIGHT}`,
        preserveAspectRatio: 'none',
        role: 'group',
        'aria-label': byYear ? 'Jumlah artikel per tahun' : 'Jumlah artikel per bulan',
    });
    buckets.forEach((bucket, i) => {
        const height = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / max) * (CHART_HEIGHT - 6));
        const label = `${formatMonth(bucket.key)}: ${formatNumber(bucket.count)} artikel`;
        const hit = s('rect', {
            class: 'histogram-hit',
            x: i * BAR_STEP, y: 0, width: BAR_STEP, height: CHART_HEIGHT,
            role: 'button',
            tabindex: i === tabStop ? '0' : '-1',
            'aria-label': label,
            'aria-pressed': filtered && inRange(bucket) ? 'true' : 'false',
            dataset: { bucket: bucket.key, index: String(i) },
        }, s('title', {}, label));
        const bar = s('rect', {
            class: `histogram-bar${filtered && !inRange(bucket) ? ' is-outside' : ''}`,
            x: i * BAR_STEP + 1, y: CHART_HEIGHT - height, width: BAR_STEP - 2, height,
        });
        hits.push(hit);
        bars.push(bar);
        svg.append(hit, bar);
    });

    // A thin rule where each year starts, so that months read against the calendar.
    buckets.forEach((bucket, i) => {
        if (i > 0 && bucket.key.endsWith('-01')) {
            svg.insertBefore(s('line', { class: 'histogram-year-rule', x1: i * BAR_STEP, x2: i * BAR_STEP, y1: 0, y2: CHART_HEIGHT, 'vector-effect': 'non-scaling-stroke' }), svg.firstChild);
        }
    });

    const idleHint = 'Klik batang, atau seret untuk rentang.';
    const hint = h('p', { class: 'histogram-hint muted' }, idleHint);
    let drag = null;
    const indexAt = event => {
        const box = svg.getBoundingClientRect();
        const i = Math.floor(((event.clientX - box.left) / box.width) * buckets.length);
        return Math.min(buckets.length - 1, Math.max(0, i));
    };
    const paintBrush = () => {
        const [a, b] = drag ? [Math.min(drag.start, drag.end), Math.max(drag.start, drag.end)] : [-1, -1];
        bars.forEach((bar, i) => bar.classList.toggle('is-brushed', i >= a && i <= b));
        const count = drag ? buckets.slice(a, b + 1).reduce((n, bucket) => n + bucket.count, 0) : 0;
        hint.textContent = !drag ? idleHint
            : a === b ? `${formatMonth(buckets[a].key)}: ${formatNumber(count)} artikel`
            : `${formatMonth(buckets[a].key, true)} – ${formatMonth(buckets[b].key, true)}: ${formatNumber(count)} artikel`;
    };
    const choose = (a, b) => onRange(buckets[Math.min(a, b)].from, buckets[Math.max(a, b)].to);

    svg.addEventListener('pointerdown', event => {
        if (event.button !== 0) return;
        drag = { start: indexAt(event), end: indexAt(event) };
        svg.setPointerCapture(event.pointerId);
        paintBrush();
    });
    svg.addEventListener('pointermove', event => {
        if (!drag) {
            const bucket = buckets[indexAt(event)];
            hint.textContent = `${formatMonth(bucket.key)}: ${formatNumber(bucket.count)} artikel`;
            return;
        }
        drag.end = indexAt(event);
        paintBrush();
    });
    svg.addEventListener('pointerleave', () => {
        if (!drag) hint.textContent = idleHint;
    });
    svg.addEventListener('pointerup', () => {
        if (!drag) return;
        const { start, end } = drag;
        drag = null;
        paintBrush();
        choose(start, end);
    });
    svg.addEventListener('pointercancel', () => {
        drag = null;
        paintBrush();
    });
    svg.addEventListener('keydown', event => {
        const i = Number(event.target.dataset?.index);
        if (Number.isNaN(i)) return;
        const move = { ArrowLeft: -1, ArrowRight: 1, Home: -i, End: buckets.length - 1 - i }[event.key];
        if (move !== undefined) {
            event.preventDefault();
            const next = Math.min(buckets.length - 1, Math.max(0, i + move));
            hits.forEach((hit, j) => hit.setAttribute('tabindex', j === next ? '0' : '-1'));
            hits[next].focus();
        } else if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            const anchor = filtered && event.shiftKey ? buckets.findIndex(inRange) : i;
            choose(anchor < 0 ? i : anchor, i);
        }
    });

    container.replaceChildren(
        h('div', { class: 'histogram-frame' },
            h('span', { class: 'histogram-max muted', 'aria-hidden': 'true' }, `maks. ${formatNumber(max)}`),
            svg),
        h('div', { class: 'histogram-axis muted', 'aria-hidden': 'true' },
            axisLabels(buckets).map(({ index, text }) => {
                // Labels near the right edge hang to the left of their tick so that they stay inside.
                const at = index / buckets.length;
                return h('span', { class: at > 0.8 ? 'is-end' : null, style: `left: ${at * 100}%` }, text);
            })),
        hint);
    if (focusedKey) container.querySelector(`[data-bucket="${focusedKey}"]`)?.focus();
}

/** Years under the chart: at each January in months (and at the start when there is room), spaced out in years. */
function axisLabels(buckets) {
    if (buckets[0].key.length === 4) {
        const every = Math.ceil(buckets.length / 6);
        return buckets.filter((_, i) => i % every === 0).map(b => ({ index: buckets.indexOf(b), text: b.key }));
    }
    const labels = buckets
        .map((bucket, index) => ({ index, text: bucket.key.slice(0, 4), january: bucket.key.endsWith('-01') }))
        .filter(label => label.january);
    if (labels.length === 0 || labels[0].index >= Math.max(3, buckets.length / 6)) {
        labels.unshift({ index: 0, text: formatMonth(buckets[0].key, true) });
    }
    return labels;
}

/** Months from the first to the last with articles, gaps filled with zero; years when that is too many months. */
export function bucketsOf(facets) {
    const months = facets.month ?? [];
    if (months.length === 0) return [];
    const counts = new Map(months.map(m => [m.value, m.count]));
    const keys = monthsBetween(months[0].value, months[months.length - 1].value);
    if (keys.length <= MAX_MONTHS) {
        return keys.map(key => ({ key, count: counts.get(key) ?? 0, from: `${key}-01`, to: `${key}-${lastDay(key)}` }));
    }
    const years = new Map((facets.year ?? []).map(y => [y.value, y.count]));
    const first = Number(keys[0].slice(0, 4));
    const last = Number(keys[keys.length - 1].slice(0, 4));
    return Array.from({ length: last - first + 1 }, (_, i) => {
        const key = String(first + i);
        return { key, count: years.get(key) ?? 0, from: `${key}-01-01`, to: `${key}-12-31` };
    });
}

function monthsBetween(first, last) {
    const keys = [];
    let [y, m] = first.split('-').map(Number);
    const [ly, lm] = last.split('-').map(Number);
    while (y < ly || (y === ly && m <= lm)) {
        keys.push(`${y}-${String(m).padStart(2, '0')}`);
        [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
    return keys;
}

function lastDay(key) {
    const [y, m] = key.split('-').map(Number);
    return String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
}
