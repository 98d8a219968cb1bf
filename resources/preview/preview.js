// SPDX-License-Identifier: GPL-3.0-or-later
// Receives rendered fragments from Geul over QWebChannel, as their
// top-level blocks, and patches them into #content in place: only the
// blocks that changed are parsed and replaced, so images stay loaded, math
// stays typeset and the scroll position holds. Post content never runs script: the page's
// Content-Security-Policy blocks inline script and event handlers, and
// parsed fragments do not execute <script> elements.
//
// Also keeps the preview in step with the editor by source line: the
// blocks carry data-sourcepos ("startLine:col-endLine:col"). Math is
// typeset as the blog's MathJax does it (math.js), with the site's
// delimiters, only for posts that ask for math.
'use strict';

(function () {
    let bridge = null;
    let content = null;
    // The blocks on the page, in order: their DOM nodes.
    let shown = [];
    // The whole fragment has arrived once; patches apply to it.
    let ready = false;
    // The top-level blocks with their first lines (blockList()); rebuilt
    // after changes.
    let blocks = null;
    // A scroll position we set ourselves, not to be reported back.
    let expectedScrollY = null;
    let scrollReportPending = false;
    // The line last asked for, kept while images arrive and move blocks.
    let requestedLine = null;

    // The math the blog typesets, with its delimiters; null: none.
    let math = null;

    function typeset(root) {
        if (math && window.geulMath)
            window.geulMath.typeset(root, math);
    }

    // Math is typeset where it is seen first: a new block within a screen
    // of the view at once (an IntersectionObserver tells), the rest while
    // the page is idle, a slice at a time. A post with thousands of
    // formulas shows its first screen typeset at once, and typing never
    // waits for math far below.
    const pendingMath = new Set(); // top-level nodes not yet typeset, in document order
    let mathObserver = null;
    let idleScheduled = false;

    // When the last whole page came, was drawn, had the math of its first
    // screen typeset, and all of it (performance.now(); for benchmarks).
    let pageTimes = {};

    function typesetNow(node) {
        pendingMath.delete(node);
        mathObserver.unobserve(node);
        typeset(node);
        remeasure(node.parentNode);
        if (!pendingMath.size && pageTimes.allMath === undefined)
            pageTimes.allMath = performance.now();
    }

    function forget(node) {
        if (pendingMath.delete(node))
            mathObserver.unobserve(node);
    }

    function typesetIdle(deadline) {
        idleScheduled = false;
        let first = true;
        for (const node of pendingMath) {
            // At least one block each time, even when the page is never idle.
            if (!first && deadline.timeRemaining() < 4)
                break;
            first = false;
            typesetNow(node);
        }
        scheduleIdle();
    }

    function scheduleIdle() {
        if (idleScheduled || !pendingMath.size)
            return;
        idleScheduled = true;
        window.requestIdleCallback(typesetIdle, { timeout: 1000 });
    }

    // Typesets @p nodes (new top-level nodes, in document order): those
    // near the view as soon as they are laid out, the others when idle.
    function typesetLater(nodes) {
        if (!math || !window.geulMath)
            return;
        if (!mathObserver) {
            mathObserver = new IntersectionObserver(function (entries) {
                for (const entry of entries) {
                    if (entry.isIntersecting && pendingMath.has(entry.target))
                        typesetNow(entry.target);
                }
                if (pageTimes.firstScreenMath === undefined)
                    pageTimes.firstScreenMath = performance.now();
            }, { rootMargin: '100% 0px' });
        }
        for (const node of nodes) {
            if (!window.geulMath.mayHold(node, math))
                continue;
            if (node.nodeType !== Node.ELEMENT_NODE) {
                typeset(node); // text between blocks: nothing to wait for
                continue;
            }
            pendingMath.add(node);
            mathObserver.observe(node);
        }
        scheduleIdle();
    }

    // How many blocks in the view still wait for their math (for tests and
    // benchmarks).
    window.geulPreview = {
        mathWaitingInView: function () {
            let waiting = 0;
            for (const node of pendingMath) {
                const rect = node.getBoundingClientRect();
                if (rect.bottom > 0 && rect.top < window.innerHeight)
                    ++waiting;
            }
            return waiting;
        },
        mathWaiting: function () { return pendingMath.size; },
        pageTimes: function () { return pageTimes; },
    };

    // Gives a kept block the source positions of its new lines.
    function setPositions(block, values) {
        block.firstLine = undefined;
        let k = 0;
        for (const node of block.nodes) {
            if (node.nodeType !== Node.ELEMENT_NODE)
                continue;
            const targets = node.matches('[data-sourcepos]') ? [node] : [];
            for (const element of targets.concat(Array.from(node.querySelectorAll('[data-sourcepos]')))) {
                if (k < values.length)
                    element.setAttribute('data-sourcepos', values[k++]);
            }
        }
    }

    // The DOM nodes of one block, parsed on its own.
    function nodesOf(html) {
        const template = document.createElement('template');
        template.innerHTML = html;
        const nodes = Array.from(template.content.childNodes);
        return nodes.length ? nodes : [document.createTextNode('')];
    }

    // The blocks stand in groups (div.geul-group) of a few dozen: Chromium
    // lays a container's children out again when one of them changes, so a
    // change in a long post re-lays out one group and the list of groups,
    // not every block of the post. A group has no margin, padding or border
    // of its own: margins collapse through it as between the blocks
    // themselves, and the page looks the same.
    const groupNodes = 96; // top-level nodes (blocks and the text between them)

    function newGroup() {
        const group = document.createElement('div');
        group.className = 'geul-group';
        return group;
    }

    // Splits a group that insertions made large into groups of groupNodes.
    function splitGroup(group) {
        const count = group.childNodes.length;
        if (count <= 2 * groupNodes)
            return;
        setNear(group); // the size it was left out with is no longer its own
        const nodes = Array.from(group.childNodes);
        let last = group;
        for (let k = groupNodes; k < count; k += groupNodes) {
            const next = newGroup();
            next.append(...nodes.slice(k, k + groupNodes));
            last.after(next);
            last = next;
        }
    }

    // Groups far from the view are not drawn. Chromium paints a changed
    // page whole, however far the change is from the view, so at 1 MB every
    // update cost about 20 ms of painting. A group more than two screens
    // away is given its own size and margins and left out of painting and
    // layout (content-visibility: auto, so that find, selection and
    // accessibility still reach it), and is drawn again before it comes
    // within a screen of the view. Its size is the one it was last laid out
    // with, and its margins are the gaps to its neighbours (they collapse
    // with theirs as the margins inside it did), so the page's geometry does
    // not change. When what is in it changes, it is laid out again (not
    // painted) before the next frame; when it is measured, first.
    const farClass = 'geul-far';

    // The margin of @p element's top (or bottom) edge, with those of the
    // first (last) children it collapses with.
    function collapsedMargin(element, top) {
        let positive = 0;
        let negative = 0;
        for (let node = element; node;) {
            const style = getComputedStyle(node);
            if (style.display.startsWith('inline') || style.display === 'contents')
                break;
            const margin = parseFloat(top ? style.marginTop : style.marginBottom) || 0;
            positive = Math.max(positive, margin);
            negative = Math.min(negative, margin);
            if ((style.display !== 'block' && style.display !== 'list-item') || style.overflow !== 'visible'
                || parseFloat(top ? style.borderTopWidth : style.borderBottomWidth)
                || parseFloat(top ? style.paddingTop : style.paddingBottom))
                break;
            node = edgeChild(node, top);
        }
        return positive + negative;
    }

    // The first (last) child element of @p node in flow with nothing shown
    // before (after) it; null when there is none or text comes first.
    function edgeChild(node, top) {
        for (let child = top ? node.firstChild : node.lastChild; child;
             child = top ? child.nextSibling : child.previousSibling) {
            if (child.nodeType === Node.COMMENT_NODE || (child.nodeType === Node.TEXT_NODE && !child.textContent.trim()))
                continue;
            if (child.nodeType !== Node.ELEMENT_NODE)
                return null;
            const style = getComputedStyle(child);
            if (style.display === 'none' || style.float !== 'none' || style.position === 'absolute'
                || style.position === 'fixed')
                continue; // out of flow: its margins collapse with nothing
            return child;
        }
        return null;
    }

    // The margins a group at @p index of @p groups (with their @p rects)
    // keeps while far: the gaps to its neighbours, or at the ends of the
    // page the margins that collapse through it. null when it cannot be
    // left out exactly (a neighbour of no height, margins that overlap).
    function farMargins(groups, rects, index) {
        const group = groups[index];
        let top = 0;
        let bottom = 0;
        if (index > 0) {
            if (!rects[index - 1].height)
                return null;
            top = rects[index].top - rects[index - 1].bottom;
        } else {
            const first = edgeChild(group, true);
            top = first ? collapsedMargin(first, true) : 0;
        }
        if (index + 1 < groups.length) {
            if (!rects[index + 1].height)
                return null;
            bottom = rects[index + 1].top - rects[index].bottom;
        } else {
            const last = edgeChild(group, false);
            bottom = last ? collapsedMargin(last, false) : 0;
        }
        return top < 0 || bottom < 0 ? null : [top, bottom];
    }

    function setFar(group, margins, height) {
        group.style.marginTop = margins[0] + 'px';
        group.style.marginBottom = margins[1] + 'px';
        group.style.containIntrinsicSize = '0px ' + height + 'px';
        group.classList.add(farClass);
    }

    function setNear(group) {
        group.classList.remove(farClass);
        group.style.marginTop = '';
        group.style.marginBottom = '';
        group.style.containIntrinsicSize = '';
    }

    // Draws the groups within a screen of the view, and leaves out those
    // more than two screens away (not those holding the selection or the
    // focus). Every group is measured before any is changed: a change
    // between two measurements would lay the page out again.
    function updateFar() {
        if (!content || document.visibilityState === 'hidden')
            return;
        if (!farWidth)
            farWidth = window.innerWidth;
        const view = window.innerHeight;
        const groups = Array.from(content.children);
        const rects = groups.map(function (group) { return group.getBoundingClientRect(); });
        const selection = window.getSelection();
        const selecting = selection && !selection.isCollapsed;
        const focused = document.activeElement !== document.body ? document.activeElement : null;
        const held = function (group) {
            return (selecting && selection.containsNode(group, true)) || (focused && group.contains(focused));
        };
        const changes = [];
        groups.forEach(function (group, index) {
            const rect = rects[index];
            const distance = Math.max(0, -rect.bottom, rect.top - view);
            if (group.classList.contains(farClass)) {
                if (distance < view || held(group))
                    changes.push({ group: group });
            } else if (distance > 2 * view && rect.height > 0 && !held(group)) {
                const margins = farMargins(groups, rects, index);
                if (margins)
                    changes.push({ group: group, margins: margins, height: rect.height });
            }
        });
        for (const change of changes) {
            if (change.margins)
                setFar(change.group, change.margins, change.height);
            else
                setNear(change.group);
        }
    }

    let farUpdateScheduled = false;
    function updateFarSoon() {
        if (farUpdateScheduled)
            return;
        farUpdateScheduled = true;
        window.requestAnimationFrame(function () {
            farUpdateScheduled = false;
            updateFar();
        });
    }

    // What is in @p group changed (a patch, math typeset, an image loaded):
    // if it is far, it is laid out again to be measured; either way the
    // groups are looked at again before the next frame is painted, as
    // others may have moved towards the view.
    function remeasure(group) {
        if (group && group !== content && group.classList.contains(farClass))
            setNear(group);
        updateFarSoon();
    }

    // Draws the far group @p node is in, if any, before it is measured: laid
    // out in containment, the margins inside it would count twice.
    function drawnForMeasuring(node) {
        const group = node.closest('.' + farClass);
        if (group)
            remeasure(group);
    }

    // Measures every group again: after the page's width, fonts or styles
    // changed, the sizes the far ones were left out with are no longer theirs.
    let farWidth = 0;
    function remeasureFar() {
        if (!content)
            return;
        farWidth = window.innerWidth;
        for (const group of Array.from(content.getElementsByClassName(farClass)))
            setNear(group);
        updateFar();
    }

    function hasStyle(node) {
        return node.nodeType === Node.ELEMENT_NODE
               && (node.matches('style, link') || node.querySelector('style, link') !== null);
    }

    // Builds the page's blocks from @p items: new blocks as HTML, kept ones
    // as the index of a block on the page (with new source positions when
    // their lines moved). Only new blocks are parsed and inserted.
    function apply(items) {
        const next = [];
        const kept = new Set();
        for (const item of items) {
            if (typeof item === 'string') {
                next.push({ html: item, nodes: null });
            } else if (Array.isArray(item)) {
                const block = shown[item[0]];
                setPositions(block, item[1]);
                kept.add(item[0]);
                next.push(block);
            } else {
                kept.add(item);
                next.push(shown[item]);
            }
        }
        let removedStyle = false;
        shown.forEach(function (block, index) {
            if (!kept.has(index)) {
                for (const node of block.nodes) {
                    forget(node);
                    removedStyle = removedStyle || hasStyle(node);
                    const group = node.parentNode;
                    remeasure(group);
                    node.remove();
                    if (group && group !== content && !group.firstChild)
                        group.remove();
                }
            }
        });
        let anchor = null;
        const inserted = [];
        const grown = new Set();
        for (let i = next.length - 1; i >= 0; --i) {
            const block = next[i];
            if (!block.nodes) {
                block.nodes = nodesOf(block.html);
                // Into the group of the block after it, or the last group.
                let group = anchor ? anchor.parentNode : content.lastElementChild;
                if (!group) {
                    group = newGroup();
                    content.append(group);
                }
                for (const node of block.nodes)
                    group.insertBefore(node, anchor);
                grown.add(group);
                remeasure(group);
                inserted.push(block.nodes);
            }
            anchor = block.nodes[0];
        }
        grown.forEach(splitGroup);
        // A style of the post's own changes every group's size.
        if (inserted.some(function (nodes) { return nodes.some(hasStyle); }) || removedStyle)
            remeasureFar();
        typesetLater(inserted.reverse().flat());
        shown = next;
        blocks = null;
    }

    // Tells Geul that @p generation is shown once the page has been laid
    // out and painted with it, not only patched: what a big page costs is
    // mostly its layout, and Geul paces its renders by the whole cost.
    function reportShown(generation, began) {
        const patching = performance.now() - began;
        bridge.reportUpdated(generation, patching);
        if (document.visibilityState === 'hidden') {
            bridge.reportShown(generation, patching); // no frames are drawn
            return;
        }
        updateFarSoon(); // before the frame is painted; one pass, though apply() may ask too
        window.requestAnimationFrame(function () {
            // A task queued from the frame's callback runs after it is drawn.
            setTimeout(function () {
                if (pageTimes.shown === undefined)
                    pageTimes.shown = performance.now();
                bridge.reportShown(generation, patching);
            }, 0);
        });
    }

    function replaced(list, generation) {
        const began = performance.now();
        pageTimes = { replaced: began };
        ready = true;
        for (const node of Array.from(pendingMath))
            forget(node);
        content.textContent = '';
        shown = [];
        apply(list);
        reportShown(generation, began);
    }

    function patched(items, generation) {
        if (!ready)
            return; // the whole fragment is on its way
        const began = performance.now();
        apply(items);
        reportShown(generation, began);
    }

    function applyTheme(dark) {
        document.documentElement.classList.toggle('dark', dark);
    }

    // The lines of one element that carries data-sourcepos, or null.
    function linesOf(element) {
        const m = /^(\d+):\d+-(\d+):(\d+)/.exec(element.getAttribute('data-sourcepos'));
        if (!m)
            return null;
        const startLine = Number(m[1]);
        let endLine = Number(m[2]);
        if (Number(m[3]) === 0 && endLine > startLine)
            --endLine; // ends with the blank line before endLine
        return { startLine: startLine, endLine: endLine };
    }

    // The first line of a top-level block (cached on it), or null when it
    // has no element with source positions.
    function firstLineOf(block) {
        if (block.firstLine === undefined) {
            block.firstLine = null;
            for (const node of block.nodes) {
                if (node.nodeType !== Node.ELEMENT_NODE)
                    continue;
                const element = node.matches('[data-sourcepos]') ? node : node.querySelector('[data-sourcepos]');
                const lines = element && linesOf(element);
                if (lines) {
                    block.firstLine = lines.startLine;
                    break;
                }
            }
        }
        return block.firstLine;
    }

    // The top-level blocks with source positions, in order: what the
    // lookups below search. Rebuilt after changes without any layout; the
    // page's geometry is asked only of the few blocks a lookup lands on,
    // so that following the editor costs the same in a long post.
    function blockList() {
        if (blocks)
            return blocks;
        blocks = [];
        for (const block of shown) {
            const line = firstLineOf(block);
            if (line !== null)
                blocks.push({ block: block, startLine: line });
        }
        return blocks;
    }

    // The elements of a top-level block that carry source positions, with
    // their lines (no layout asked).
    function linedElementsOf(item) {
        const found = [];
        for (const node of item.block.nodes) {
            if (node.nodeType !== Node.ELEMENT_NODE)
                continue;
            const elements = Array.from(node.querySelectorAll('[data-sourcepos]'));
            if (node.matches('[data-sourcepos]'))
                elements.unshift(node);
            for (const element of elements) {
                const lines = linesOf(element);
                if (lines)
                    found.push({ element: element, startLine: lines.startLine, endLine: lines.endLine });
            }
        }
        return found;
    }

    // @p lined (linedElementsOf) with their page positions, sorted by line,
    // then position; hidden ones left out.
    function measured(lined) {
        if (lined.length)
            drawnForMeasuring(lined[0].element);
        const entries = [];
        for (const item of lined) {
            const rect = item.element.getBoundingClientRect();
            if (rect.width === 0 && rect.height === 0)
                continue;
            entries.push({ startLine: item.startLine, endLine: item.endLine, top: rect.top + window.scrollY,
                           bottom: rect.bottom + window.scrollY });
        }
        entries.sort(function (a, b) { return a.startLine - b.startLine || a.top - b.top; });
        return entries;
    }

    // The elements of a top-level block with their lines and page
    // positions, sorted by line, then position; hidden ones left out.
    function entriesOf(item) {
        return measured(linedElementsOf(item));
    }

    // What offsetOfLine needs of a top-level block for @p line: its
    // entries that start last at or before the line and first after it.
    // Only those are measured: a list or the footnotes of a long post are
    // one block of thousands of elements. When one of them is hidden, the
    // nearest shown ones count, and every element is measured.
    function entriesAround(item, line) {
        const lined = linedElementsOf(item);
        let before = -Infinity;
        let after = Infinity;
        for (const element of lined) {
            if (element.startLine <= line)
                before = Math.max(before, element.startLine);
            else
                after = Math.min(after, element.startLine);
        }
        const near = lined.filter(function (element) {
            return element.startLine === before || element.startLine === after;
        });
        const entries = measured(near);
        return entries.length === near.length ? entries : measured(lined);
    }

    // Where a top-level block starts on the page: its first box that is
    // shown (-Infinity: none is, it sorts with what is above).
    function topOf(item) {
        for (const node of item.block.nodes) {
            if (node.nodeType !== Node.ELEMENT_NODE)
                continue;
            const rect = node.getBoundingClientRect();
            if (rect.width !== 0 || rect.height !== 0)
                return rect.top + window.scrollY;
        }
        return -Infinity;
    }

    // The entries of the block at @p index of @p list, or of the nearest
    // one before it that shows any (-1 for after it); [] when none does.
    // With @p line, only those around it (entriesAround).
    function shownEntries(list, index, step, line) {
        for (let i = index; i >= 0 && i < list.length; i += step) {
            const entries = line === undefined ? entriesOf(list[i]) : entriesAround(list[i], line);
            if (entries.length)
                return entries;
        }
        return [];
    }

    // The last index of @p list whose key is at most @p value (-1: none).
    function lastAtMost(list, value, key) {
        let low = 0;
        let high = list.length - 1;
        let found = -1;
        while (low <= high) {
            const mid = (low + high) >> 1;
            if (key(list[mid]) <= value) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    // The page offset at which @p line of the file starts.
    function offsetOfLine(line) {
        const all = blockList();
        const at = lastAtMost(all, line, function (item) { return item.startLine; });
        if (at < 0)
            return 0;
        const list = shownEntries(all, at, -1, line);
        let i = -1;
        while (i + 1 < list.length && list[i + 1].startLine <= line)
            ++i;
        if (i < 0)
            return 0;
        const b = list[i];
        if (line < b.endLine + 1)
            return b.top + (b.bottom - b.top) * (line - b.startLine) / (b.endLine - b.startLine + 1);
        const next = list[i + 1] || shownEntries(all, at + 1, 1, -Infinity)[0];
        if (!next)
            return b.bottom;
        const gap = Math.max(1, next.startLine - b.endLine - 1);
        return b.bottom + (next.top - b.bottom) * Math.min(1, (line - b.endLine - 1) / gap);
    }

    // The line of the file shown at page offset @p y.
    function lineAtOffset(y) {
        const all = blockList();
        // The last block that starts at or above y: its page position is
        // asked of the few blocks the search visits.
        const at = lastAtMost(all, y, topOf);
        const list = at < 0 ? [] : shownEntries(all, at, -1);
        const after = shownEntries(all, at + 1, 1);
        let best = null;
        let next = null;
        for (const b of list.concat(after.length ? [after[0]] : [])) {
            if (b.top <= y && (!best || b.top >= best.top))
                best = b;
            else if (b.top > y && (!next || b.top < next.top))
                next = b;
        }
        if (!best)
            return next ? Math.max(1, next.startLine * y / Math.max(1, next.top)) : 1;
        if (y < best.bottom)
            return best.startLine + (best.endLine - best.startLine + 1) * (y - best.top) / Math.max(1, best.bottom - best.top);
        if (!next)
            return best.endLine + 1;
        return best.endLine + 1 + Math.max(0, next.startLine - best.endLine - 1)
            * (y - best.bottom) / Math.max(1, next.top - best.bottom);
    }

    function scrollToLine(line) {
        requestedLine = line;
        const max = document.documentElement.scrollHeight - window.innerHeight;
        const y = Math.round(Math.max(0, Math.min(max, offsetOfLine(line))));
        if (Math.abs(y - window.scrollY) < 1)
            return;
        expectedScrollY = y;
        window.scrollTo(window.scrollX, y);
    }

    // Shows source line @p line, scrolling as little as it takes: what was
    // just typed is in view, even where the page is taller than the text.
    function revealLine(line) {
        const margin = Math.min(80, window.innerHeight / 4);
        const top = offsetOfLine(line);
        const bottom = Math.max(top + 1, offsetOfLine(line + 1));
        let y = window.scrollY;
        if (bottom > window.scrollY + window.innerHeight - margin)
            y = bottom - window.innerHeight + margin;
        if (top < y + margin)
            y = top - margin;
        const max = document.documentElement.scrollHeight - window.innerHeight;
        y = Math.round(Math.max(0, Math.min(max, y)));
        if (Math.abs(y - window.scrollY) < 1)
            return;
        expectedScrollY = y;
        window.scrollTo(window.scrollX, y);
    }

    function scrolled() {
        updateFar(); // the scroll is painted after this
        if (expectedScrollY !== null && Math.abs(window.scrollY - expectedScrollY) < 2) {
            expectedScrollY = null;
            return;
        }
        expectedScrollY = null;
        requestedLine = null; // the reader has taken over
        if (scrollReportPending)
            return;
        scrollReportPending = true;
        window.requestAnimationFrame(function () {
            scrollReportPending = false;
            bridge.reportScrolled(lineAtOffset(window.scrollY));
        });
    }

    function clicked(event) {
        if (event.button !== 0 || event.target.closest('a') || !window.getSelection().isCollapsed)
            return;
        const block = event.target.closest('[data-sourcepos]');
        if (block)
            bridge.reportClicked(parseInt(block.getAttribute('data-sourcepos'), 10));
    }

    function connect() {
        content = document.getElementById('content');
        // Images and fonts that arrive later (or fail) move the blocks.
        const arrived = function (event) {
            remeasure(event.target.closest('.' + farClass));
            blocks = null;
            if (requestedLine !== null)
                scrollToLine(requestedLine);
        };
        content.addEventListener('load', arrived, true);
        content.addEventListener('error', arrived, true);
        // Chromium draws a far group the selection or find reaches: it is
        // then drawn as any other, until it is far again.
        content.addEventListener('contentvisibilityautostatechange', function (event) {
            if (!event.skipped && event.target.classList.contains(farClass))
                setNear(event.target);
        }, true);
        window.addEventListener('resize', function () {
            blocks = null;
            if (window.innerWidth !== farWidth)
                remeasureFar();
            else
                updateFar();
        });
        document.fonts.addEventListener('loadingdone', remeasureFar);
        document.addEventListener('visibilitychange', updateFar);
        window.addEventListener('scroll', scrolled, { passive: true });
        content.addEventListener('click', clicked);
        new QWebChannel(qt.webChannelTransport, function (channel) {
            bridge = channel.objects.bridge;
            applyTheme(bridge.dark);
            bridge.darkChanged.connect(applyTheme);
            math = bridge.math ? JSON.parse(bridge.math) : null;
            bridge.mathChanged.connect(function (value) {
                math = value ? JSON.parse(value) : null;
                // Every block again, typeset (or not) anew.
                bridge.requestBlocks();
            });
            const header = document.getElementById('post-header');
            const setHeader = function (html) {
                header.innerHTML = html;
                header.hidden = !html;
                blocks = null; // the body moved
            };
            setHeader(bridge.header);
            bridge.headerChanged.connect(setHeader);
            bridge.replaced.connect(replaced);
            bridge.patched.connect(patched);
            bridge.scrollRequested.connect(scrollToLine);
            bridge.revealRequested.connect(revealLine);
            bridge.requestBlocks();
        });
    }

    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', connect);
    else
        connect();
})();
