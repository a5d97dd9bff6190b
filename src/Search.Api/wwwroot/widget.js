/*
 * Embeddable search box for other pages:
 *
 *   <script src="https://SEARCH-HOST/widget.js" defer></script>
 *   <search-box query="banjir" size="5"></search-box>
 *
 * Attributes: endpoint (the search service; defaults to where this script came from), query (searched at
 * once), size (hits shown, 1..20, default 5), placeholder, target (for the links, e.g. "_blank").
 * Style it from outside with --search-box-accent, --search-box-font and --search-box-mark.
 * A page on another origin needs that origin in the service's CORS allowlist.
 */
(() => {
    'use strict';

    const scriptOrigin = document.currentScript ? new URL('./', document.currentScript.src).href : location.origin + '/';
    const dateFormat = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' });
    const numberFormat = new Intl.NumberFormat('id-ID');
    let instances = 0;

    const STYLE = `
        :host { display: block; font: 15px/1.45 var(--search-box-font, system-ui, sans-serif); color: #1b1b1b; }
        :host([hidden]) { display: none; }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        form { display: flex; gap: .4rem; }
        input { flex: 1; min-width: 0; font: inherit; padding: .5rem .7rem; border: 1px solid #bdb8b0; border-radius: 6px; }
        button { font: inherit; font-weight: 600; border: 0; border-radius: 6px; padding: .5rem 1rem; cursor: pointer;
                 background: var(--search-box-accent, #a3141d); color: #fff; }
        :focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
        .status { margin: .6rem 0 .2rem; font-size: .85rem; color: #555; min-height: 1.2em; }
        ol { list-style: none; margin: 0; padding: 0; }
        li { padding: .6rem 0; border-bottom: 1px solid #e4e1dc; }
        .title { font: 700 1.05rem/1.3 Georgia, serif; color: inherit; text-decoration: none; }
        .title:hover { text-decoration: underline; }
        .meta { font-size: .8rem; color: #6b6b6b; margin: .15rem 0; }
        .snippet { margin: 0; font-size: .9rem; color: #444; overflow-wrap: anywhere; }
        mark { background: var(--search-box-mark, #fde98a); color: inherit; }
        .more { display: inline-block; margin-top: .6rem; font-size: .85rem; color: var(--search-box-accent, #a3141d); }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    `;

    class SearchBox extends HTMLElement {
        static observedAttributes = ['query'];

        #controller = null;
        #parts = null;

        connectedCallback() {
            if (!this.#parts) this.#build();
            if (this.getAttribute('query')) this.search(this.getAttribute('query'));
        }

        attributeChangedCallback(name, before, after) {
            if (this.#parts && name === 'query' && after && after !== before) this.search(after);
        }

        get endpoint() {
            return new URL('./', new URL(this.getAttribute('endpoint') || scriptOrigin, location.href)).href;
        }

        /** Runs a search and shows its first hits. */
        async search(text) {
            const q = text.trim();
            const { input, status, list, more } = this.#parts;
            input.value = q;
            this.#controller?.abort();
            this.#controller = new AbortController();
            const size = Math.min(20, Math.max(1, Number.parseInt(this.getAttribute('size') ?? '5', 10) || 5));
            const url = `${this.endpoint}api/search?${new URLSearchParams({ q, size: String(size) })}`;
            status.textContent = 'Mencari…';
            try {
                const response = await fetch(url, { signal: this.#controller.signal, headers: { Accept: 'application/json' } });
                if (!response.ok) throw new Error(`HTTP ${response.status}`);
                const result = await response.json();
                status.textContent = `${numberFormat.format(result.total)} artikel ditemukan`;
                list.replaceChildren(...result.hits.map(hit => this.#hit(hit)));
                more.hidden = result.total <= result.hits.length;
                more.href = `${this.endpoint}?${new URLSearchParams({ q })}`;
            } catch (error) {
                if (error.name === 'AbortError') return;
                status.textContent = 'Pencarian tidak tersedia saat ini.';
                list.replaceChildren();
                more.hidden = true;
            }
        }

        #build() {
            const root = this.attachShadow({ mode: 'open' });
            const id = `search-box-${++instances}`;
            const style = document.createElement('style');
            style.textContent = STYLE;
            const form = element('form', { role: 'search' });
            const label = element('label', { for: id, class: 'visually-hidden' }, 'Cari berita');
            const input = element('input', { id, type: 'search', autocomplete: 'off', placeholder: this.getAttribute('placeholder') || 'Cari berita…' });
            form.append(label, input, element('button', { type: 'submit' }, 'Cari'));
            const status = element('p', { class: 'status', role: 'status' });
            const list = element('ol');
            const more = element('a', { class: 'more', hidden: '' }, 'Lihat semua hasil');
            this.#link(more);
            form.addEventListener('submit', event => {
                event.preventDefault();
                this.search(input.value);
            });
            root.append(style, form, status, list, more);
            this.#parts = { input, status, list, more };
        }

        #hit(hit) {
            const title = element('a', { class: 'title', href: `${this.endpoint}?${new URLSearchParams({ article: hit.id })}` }, hit.title);
            this.#link(title);
            const meta = element('p', { class: 'meta' }, `${hit.source} · ${dateFormat.format(new Date(hit.published))}`);
            const snippet = element('p', { class: 'snippet' });
            snippet.append(...markedText(hit.snippet));
            const item = element('li');
            item.append(title, meta, snippet);
            return item;
        }

        #link(anchor) {
            const target = this.getAttribute('target');
            if (target) {
                anchor.target = target;
                anchor.rel = 'noopener';
            }
        }
    }

    function element(tag, attributes = {}, text) {
        const node = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
        if (text !== undefined) node.textContent = text;
        return node;
    }

    /** The snippet's text with its <mark>s, and nothing else of its HTML: a host page need not trust our markup. */
    function markedText(html) {
        const body = new DOMParser().parseFromString(html, 'text/html').body;
        return [...body.childNodes].map(node => {
            if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent);
            const mark = document.createElement('mark');
            mark.textContent = node.textContent;
            return mark;
        });
    }

    if (!customElements.get('search-box')) customElements.define('search-box', SearchBox);
})();
