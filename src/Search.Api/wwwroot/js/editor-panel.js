// A panel of the editor workspace and its states: idle (nothing analysed yet), loading, ready,
// empty, unavailable (the server has no such endpoint yet) and error. The state is a data attribute
// that the stylesheet reads; the note under the heading says it in words.

const UNAVAILABLE = 'Belum tersedia: server ini belum menyediakan fitur ini.';

export class Panel {
    /** @param {HTMLElement} element a section with a [data-role=note] paragraph */
    constructor(element, idleNote) {
        this.element = element;
        this.note = element.querySelector('[data-role="note"]');
        this.idleNote = idleNote ?? this.note.textContent;
    }

    get state() {
        return this.element.dataset.state;
    }

    idle() {
        this.#set('idle', this.idleNote);
    }

    loading(text = 'Memuat…') {
        this.#set('loading', text);
        this.element.setAttribute('aria-busy', 'true');
    }

    ready(note) {
        this.#set('ready', note);
    }

    empty(note) {
        this.#set('empty', note);
    }

    unavailable() {
        this.#set('unavailable', UNAVAILABLE);
    }

    error(message) {
        this.#set('error', `Tidak dapat dimuat: ${message}`);
    }

    #set(state, note) {
        this.element.dataset.state = state;
        this.element.removeAttribute('aria-busy');
        this.note.textContent = note;
    }
}
