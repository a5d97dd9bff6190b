// The HTTP API, seen from the page. URLs are relative so that the app works under any path base.

import { DIMENSIONS } from './url-state.js';

export class ApiError extends Error {
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}

export function search(state, signal) {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    for (const dimension of DIMENSIONS) {
        for (const value of state[dimension]) params.append(dimension, value);
    }
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
    params.set('sort', state.sort);
    params.set('page', String(state.page));
    return getJson(`api/search?${params}`, signal);
}

export const article = (id, signal) => getJson(`api/articles/${encodeURIComponent(id)}`, signal);

/** Related articles, or null while the endpoint does not exist (404). */
export const related = (id, signal) => optional(`api/articles/${encodeURIComponent(id)}/related`, signal);

/** Query completions, or null while the endpoint does not exist (404). */
export const suggest = (q, signal) => optional(`api/suggest?q=${encodeURIComponent(q)}`, signal);

async function optional(url, signal) {
    try {
        return await getJson(url, signal);
    } catch (error) {
        if (error instanceof ApiError && (error.status === 404 || error.status === 405)) return null;
        throw error;
    }
}

async function getJson(url, signal) {
    let response;
    try {
        response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    } catch (error) {
        if (error.name === 'AbortError') throw error;
        throw new ApiError(0, 'Server tidak dapat dihubungi. Periksa sambungan lalu coba lagi.');
    }
    if (response.ok) return response.json();
    let detail = null;
    try {
        const problem = await response.json();
        detail = problem.detail ?? problem.title ?? null;
    } catch {
        // Not a problem document: the status says enough.
    }
    throw new ApiError(response.status, detail ?? `Permintaan gagal (HTTP ${response.status}).`);
}
