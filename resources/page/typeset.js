// SPDX-License-Identifier: GPL-3.0-or-later
// Typesets the math of a standalone page written by Geul, as its preview
// does (see math.js), with the delimiters the page carries.
'use strict';
(function () {
    const main = document.getElementById('content');
    const config = main && main.getAttribute('data-geul-math');
    if (config && window.geulMath)
        window.geulMath.typeset(main, JSON.parse(config));
})();
