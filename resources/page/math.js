// SPDX-License-Identifier: GPL-3.0-or-later
// Typesets math the way a blog's MathJax (or KaTeX auto-render) does: it
// looks for the site's delimiters in the page's text, one text node at a
// time, so math that Markdown has cut apart (an <em> made of its `_`s, a
// table cell made of its `|`) stays as broken as it is on the blog. Code,
// preformatted text and Geul's own notes are left alone. Shared by the
// preview and standalone pages.
'use strict';

window.geulMath = (function () {
    const cache = new Map();
    const skipped = new Set(['SCRIPT', 'NOSCRIPT', 'STYLE', 'TEXTAREA', 'PRE', 'CODE', 'ANNOTATION', 'MATH', 'SVG']);

    function escapeHtml(text) {
        return text.replace(/[&<>"]/g, function (c) {
            return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
        });
    }

    function render(tex, display) {
        const key = (display ? 'D' : 'I') + tex;
        let html = cache.get(key);
        if (html !== undefined)
            return html;
        if (typeof katex === 'undefined')
            return null;
        try {
            html = katex.renderToString(tex, { displayMode: display, throwOnError: true, trust: false,
                                               strict: 'ignore' });
        } catch (error) {
            // A bad formula says why, in place; the rest renders.
            html = '<span class="geul-math-error"><code>' + escapeHtml(tex) + '</code> <span class="message">'
                + escapeHtml(String(error.message || error)) + '</span></span>';
        }
        if (cache.size > 5000)
            cache.clear();
        cache.set(key, html);
        return html;
    }

    // Where @p open stands from @p from on, not escaped by a backslash.
    function openingAt(text, open, from) {
        for (let at = text.indexOf(open, from); at >= 0; at = text.indexOf(open, at + 1)) {
            let slashes = 0;
            for (let k = at - 1; k >= 0 && text[k] === '\\'; --k)
                ++slashes;
            if (open[0] === '\\' ? slashes % 2 === 0 : slashes % 2 === 0)
                return at;
        }
        return -1;
    }

    // Where @p close ends the math that starts at @p from: outside braces,
    // a backslash escaping the character after it.
    function closingAt(text, close, from) {
        let depth = 0;
        for (let i = from; i < text.length; ++i) {
            const c = text[i];
            if (depth === 0 && text.startsWith(close, i))
                return i;
            if (c === '\\')
                ++i;
            else if (c === '{')
                ++depth;
            else if (c === '}')
                depth = Math.max(0, depth - 1);
        }
        return -1;
    }

    function find(text, delimiters) {
        const found = [];
        let i = 0;
        while (i < text.length) {
            let best = null;
            let bestAt = -1;
            for (const d of delimiters) {
                const at = openingAt(text, d.open, i);
                if (at >= 0 && (bestAt < 0 || at < bestAt || (at === bestAt && d.open.length > best.open.length))) {
                    best = d;
                    bestAt = at;
                }
            }
            if (!best)
                break;
            const start = bestAt + best.open.length;
            const close = closingAt(text, best.close, start);
            if (close < 0 || close === start) {
                i = start;
                continue;
            }
            found.push({ start: bestAt, end: close + best.close.length, tex: text.slice(start, close),
                         display: best.display });
            i = close + best.close.length;
        }
        return found;
    }

    function delimitersOf(config) {
        const list = [];
        for (const pair of config.display || [])
            list.push({ open: pair[0], close: pair[1], display: true });
        for (const pair of config.inline || [])
            list.push({ open: pair[0], close: pair[1], display: false });
        return list;
    }

    function typeset(root, config) {
        if (!config || !root)
            return;
        const delimiters = delimitersOf(config);
        const nodes = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
            acceptNode: function (node) {
                if (node.nodeType === Node.ELEMENT_NODE) {
                    if (skipped.has(node.nodeName.toUpperCase()) || node.classList.contains('katex')
                        || node.classList.contains('geul-math') && node.classList.contains('typeset')
                        || node.classList.contains('geul-missing') || node.classList.contains('geul-liquid'))
                        return NodeFilter.FILTER_REJECT;
                    return NodeFilter.FILTER_SKIP;
                }
                return NodeFilter.FILTER_ACCEPT;
            }
        });
        for (let node = walker.nextNode(); node; node = walker.nextNode())
            nodes.push(node);
        for (const node of nodes) {
            const text = node.nodeValue;
            const found = find(text, delimiters);
            if (!found.length)
                continue;
            const fragment = document.createDocumentFragment();
            let last = 0;
            for (const math of found) {
                const html = render(math.tex, math.display);
                if (html === null)
                    continue;
                fragment.appendChild(document.createTextNode(text.slice(last, math.start)));
                const span = document.createElement('span');
                span.className = 'geul-math typeset' + (math.display ? ' display' : '');
                span.innerHTML = html;
                fragment.appendChild(span);
                last = math.end;
            }
            fragment.appendChild(document.createTextNode(text.slice(last)));
            node.parentNode.replaceChild(fragment, node);
        }
    }

    // Whether @p root's text holds an opening delimiter at all: most blocks
    // of a post hold no math, and need no typesetting.
    function mayHold(root, config) {
        if (!config || !root)
            return false;
        const text = root.textContent;
        return delimitersOf(config).some(function (d) { return text.includes(d.open); });
    }

    return { typeset: typeset, mayHold: mayHold };
})();
