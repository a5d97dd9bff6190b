// The endpoints the editor workspace uses. Each may not exist yet on a given server: a 404 or 405
// answers null ("not available"), which the page shows as "belum tersedia" instead of an error.

import { ApiError } from './api.js';

/** Related coverage of a draft: POST api/related → { persons?, topic?, hits } (or a bare list). */
export const relatedToDraft = (draft, size, signal) => optional('api/related', {
    method: 'POST', body: JSON.stringify({ title: draft.title, body: draft.body, size }), signal,
});

/** Persons, organisations, places and topic of a draft: POST api/analyze. */
export const analyzeDraft = (draft, signal) => optional('api/analyze', {
    method: 'POST', body: JSON.stringify({ title: draft.title, body: draft.body }), signal,
});

/** A person's coverage per month: GET api/timeline?person=…&interval=month. */
export const personTimeline = (person, signal) =>
    optional(`api/timeline?${new URLSearchParams({ person, interval: 'month' })}`, { signal });

async function optional(url, init) {
    let response;
    try {
        response = await fetch(url, {
            ...init,
            headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
        });
    } catch (error) {
        if (error.name === 'AbortError') throw error;
        throw new ApiError(0, 'Server tidak dapat dihubungi. Periksa sambungan lalu coba lagi.');
    }
    if (response.status === 404 || response.status === 405) return null;
    if (response.ok) return response.json();
    throw new ApiError(response.status, await problemDetail(response));
}

async function problemDetail(response) {
    try {
        const problem = await response.json();
        const detail = problem.detail ?? problem.title;
        if (detail) return detail;
    } catch {
        // Not a problem document: the status says enough.
    }
    return response.status === 429
        ? 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.'
        : `Permintaan gagal (HTTP ${response.status}).`;
}
