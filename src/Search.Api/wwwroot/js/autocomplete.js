// Autocomplete for the search box (ARIA combobox with a listbox), fed by /api/suggest?q=.
// While that endpoint does not exist the box stays a plain search field.

import * as api from './api.js';
import { h } from './dom.js';

const DELAY_MS = 150;
const MIN_LENGTH = 2;

/**
 * @param {HTMLInputElement} input role="combobox"
 * @param {HTMLUListElement} listbox role="listbox"
 * @param {(text:string) => void} onPick called when a suggestion is chosen
 */
export function attachAutocomplete(input, listbox, onPick) {
    let available = true;
    let timer = 0;
    let controller = null;
    let options = [];
    let active = -1;

    const close = () => {
        listbox.hidden = true;
        listbox.replaceChildren();
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        options = [];
        active = -1;
    };
    const highlight = index => {
        active = index;
        options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
        if (index >= 0) input.setAttribute('aria-activedescendant', options[index].id);
        else input.removeAttribute('aria-activedescendant');
    };
    const show = texts => {
        options = texts.map((text, i) => h('li', {
            id: `suggestion-${i}`,
            role: 'option',
            'aria-selected': 'false',
            onpointerdown: event => event.preventDefault(),
            onclick: () => { close(); onPick(text); },
        }, text));
        listbox.replaceChildren(...options);
        listbox.hidden = options.length === 0;
        input.setAttribute('aria-expanded', String(options.length > 0));
        active = -1;
    };
    const fetchSuggestions = async text => {
        controller?.abort();
        controller = new AbortController();
        try {
            const body = await api.suggest(text, controller.signal);
            if (body === null) {
                available = false;
                close();
                return;
            }
            if (input.value.trim() !== text || document.activeElement !== input) return;
            show(textsOf(body).filter(t => t.toLowerCase() !== text.toLowerCase()).slice(0, 8));
        } catch (error) {
            if (error.name !== 'AbortError') close();
        }
    };

    input.addEventListener('input', () => {
        clearTimeout(timer);
        const text = input.value.trim();
        if (!available || text.length < MIN_LENGTH) {
            close();
            return;
        }
        timer = setTimeout(() => fetchSuggestions(text), DELAY_MS);
    });
    input.addEventListener('keydown', event => {
        if (listbox.hidden) return;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            // Cycles through the options and back to the typed text (-1).
            const next = active + (event.key === 'ArrowDown' ? 1 : -1);
            highlight(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
        } else if (event.key === 'Enter' && active >= 0) {
            event.preventDefault();
            const text = options[active].textContent;
            close();
            onPick(text);
        } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
        }
    });
    input.addEventListener('blur', () => setTimeout(close, 100));
    return { close };
}

/** Accepts ["a", …], {suggestions: [...]}, and items that are strings or {text|value|term|title}. */
function textsOf(body) {
    const items = Array.isArray(body) ? body : body?.suggestions ?? body?.items ?? [];
    return items.map(item => (typeof item === 'string' ? item : item?.text ?? item?.value ?? item?.term ?? item?.title))
        .filter(text => typeof text === 'string' && text.length > 0);
}
