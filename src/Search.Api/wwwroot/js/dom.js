// Tiny DOM builders. Strings become text nodes: only the snippet is ever inserted as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Builds an HTML element: h('a', { href, class: 'x', onclick }, 'text', child). */
export function h(tag, props = {}, ...children) {
    return build(document.createElement(tag), props, children);
}

/** Builds an SVG element the same way. */
export function s(tag, props = {}, ...children) {
    return build(document.createElementNS(SVG_NS, tag), props, children);
}

function build(element, props, children) {
    for (const [key, value] of Object.entries(props)) {
        if (value == null || value === false) continue;
        if (key === 'class') element.setAttribute('class', value);
        else if (key === 'dataset') Object.assign(element.dataset, value);
        else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
        else if (typeof value === 'boolean' && key in element) element[key] = value;
        else element.setAttribute(key, value === true ? '' : String(value));
    }
    element.append(...children.flat(Infinity).filter(c => c != null && c !== false).map(c => (c instanceof Node ? c : String(c))));
    return element;
}

/** Replaces the children of an element, keeping keyboard focus on the element with the same data-focus-key. */
export function replaceChildrenKeepingFocus(container, ...children) {
    const key = container.contains(document.activeElement) ? document.activeElement.dataset?.focusKey : undefined;
    container.replaceChildren(...children.flat(Infinity).filter(Boolean));
    if (key) container.querySelector(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
}
