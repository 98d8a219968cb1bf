// SPDX-License-Identifier: GPL-3.0-or-later
// Receives rendered fragments from Geul over QWebChannel and patches them
// into #content in place. Post content never runs script: the page's
// Content-Security-Policy blocks inline script and event handlers, and
// innerHTML does not execute <script> elements.
'use strict';

(function () {
    function show(bridge, html, generation) {
        const content = document.getElementById('content');
        const x = window.scrollX;
        const y = window.scrollY;
        content.innerHTML = html;
        window.scrollTo(x, y);
        bridge.reportShown(generation);
    }

    function applyTheme(dark) {
        document.documentElement.classList.toggle('dark', dark);
    }

    function connect() {
        new QWebChannel(qt.webChannelTransport, function (channel) {
            const bridge = channel.objects.bridge;
            applyTheme(bridge.dark);
            bridge.darkChanged.connect(applyTheme);
            bridge.htmlChanged.connect(function (html, generation) {
                show(bridge, html, generation);
            });
            if (bridge.generation > 0)
                show(bridge, bridge.html, bridge.generation);
        });
    }

    if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', connect);
    else
        connect();
})();
