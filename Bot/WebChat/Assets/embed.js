// Majordome's floating chat button for a brand's site: <script src="https://<bot>/webchat/embed.js" defer></script>
// It opens the bot's chat page in a panel (an iframe), so the site needs no key and no server code.
(function () {
  'use strict';
  if (window.__majordomeChat) { return; }
  window.__majordomeChat = true;
  var script = document.currentScript;
  var origin = new URL(script ? script.src : '/', window.location.href).origin;
  var strings = __STRINGS__;
  var accent = __ACCENT__;
  var pageLang = (document.documentElement.lang || navigator.language || '').toLowerCase();
  var lang = (script && script.getAttribute('data-lang')) || (pageLang.indexOf('en') === 0 ? 'en' : pageLang.indexOf('fr') === 0 ? 'fr' : __DEFAULT_LANG__);
  var text = strings[lang] || strings.fr;

  var style = document.createElement('style');
  style.textContent =
    '.majordome-chat-button{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:28px;padding:14px 20px;' +
    'background:' + accent + ';color:#fff;font:600 15px system-ui,sans-serif;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}' +
    '.majordome-chat-panel{position:fixed;right:20px;bottom:84px;z-index:2147483000;width:380px;height:600px;max-height:calc(100vh - 110px);' +
    'border:0;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);background:#fff;display:none}' +
    '.majordome-chat-panel.open{display:block}' +
    '@media (max-width:600px){.majordome-chat-panel{right:0;bottom:0;width:100%;height:100%;max-height:none;border-radius:0}' +
    '.majordome-chat-button.open{bottom:auto;top:10px;right:10px;padding:8px 14px}}';
  document.head.appendChild(style);

  var panel = document.createElement('iframe');
  panel.className = 'majordome-chat-panel';
  panel.title = text.open;
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'majordome-chat-button';
  button.textContent = text.open;
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', function () {
    // The conversation starts when the visitor first opens the panel, not on every page view.
    if (!panel.src) { panel.src = origin + '/chat?embed=1&lang=' + encodeURIComponent(lang); }
    var open = panel.classList.toggle('open');
    button.classList.toggle('open', open);
    button.textContent = open ? text.close : text.open;
    button.setAttribute('aria-expanded', String(open));
  });
  document.body.appendChild(panel);
  document.body.appendChild(button);
})();
