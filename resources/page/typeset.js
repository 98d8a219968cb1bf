// SPDX-License-Identifier: GPL-3.0-or-later
// Typesets the math of a standalone page written by Geul, as its preview
// does: every .math element holds TeX; display math has the class display.
'use strict';
document.querySelectorAll('.math').forEach(function (element) {
    try {
        katex.render(element.textContent, element, {
            displayMode: element.classList.contains('display'),
            throwOnError: false,
            trust: false,
            strict: 'ignore'
        });
    } catch (error) {
        element.title = String(error.message || error);
    }
});
