// Starts Web Chat on the chat page: a token from the bot's own endpoint (the secret stays on the server),
// then Web Chat over the Direct Line API of the same bot (WebSocket stream, posting over HTTP).
// The visitor's signed credential is kept in localStorage, so a reload or the other language is the same customer
// (cart, bookings); the page's own texts follow the language the bot answers in.
(function () {
  'use strict';
  var settings = JSON.parse(document.getElementById('webchat-settings').textContent);
  var status = document.getElementById('webchat-status');
  var visitorKey = 'majordome.visitor';
  var language = settings.language;
  var directLine = null;
  var store = null;

  function fail(error) {
    if (window.console) { console.error('Web Chat could not start', error); }
    status.textContent = settings.texts[language].error;
    status.className = 'chat-status error';
    status.hidden = false;
  }

  // Storage can be off (private modes, blocked third-party storage in a site's panel): the visitor is then new.
  function readVisitor() {
    try { return window.localStorage.getItem(visitorKey); } catch (e) { return null; }
  }

  function writeVisitor(value) {
    try {
      if (value) { window.localStorage.setItem(visitorKey, value); } else { window.localStorage.removeItem(visitorKey); }
    } catch (e) { /* not kept: the next visit is a new visitor */ }
  }

  function requestToken(visitor) {
    var body = { locale: settings.locale, languageChosen: settings.languageChosen === true };
    if (visitor) { body.visitor = visitor; }
    return fetch(settings.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin'
    });
  }

  function getToken() {
    var visitor = readVisitor();
    return requestToken(visitor).then(function (response) {
      // A credential the server no longer accepts (altered, expired, another key): start afresh as a new visitor.
      if (response.status === 403 && visitor) {
        writeVisitor(null);
        return requestToken(null);
      }
      return response;
    }).then(function (response) {
      if (!response.ok) { throw new Error('Token endpoint answered ' + response.status); }
      return response.json();
    }).then(function (body) {
      writeVisitor(body.visitor);
      return body;
    });
  }

  function languageOf(locale) {
    var tag = String(locale || '').toLowerCase();
    return tag.indexOf('en') === 0 ? 'en' : tag.indexOf('fr') === 0 ? 'fr' : null;
  }

  // The header, the title and Web Chat's own texts (send box, timestamps) in the conversation's language.
  function applyLanguage(next) {
    var texts = settings.texts[next];
    if (!texts || next === language) { return; }
    language = next;
    document.documentElement.lang = next;
    document.title = texts.title;
    var link = document.querySelector('.chat-language');
    if (link) {
      link.textContent = texts.switchLabel;
      link.setAttribute('href', texts.switchHref);
      link.setAttribute('hreflang', texts.switchLang);
      link.setAttribute('lang', texts.switchLang);
    }
    document.getElementById('webchat').setAttribute('aria-label', texts.title);
    render();
  }

  function render() {
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: settings.texts[language].locale,
      styleOptions: settings.styleOptions
    }, document.getElementById('webchat'));
  }

  function start() {
    if (!window.WebChat) {
      fail(new Error('The Web Chat bundle did not load from ' + settings.bundleUrl));
      return;
    }

    getToken().then(function (body) {
      directLine = window.WebChat.createDirectLine({
        token: body.token,
        domain: window.location.origin + settings.directLinePath,
        conversationStartProperties: { locale: settings.locale }
      });
      store = window.WebChat.createStore({}, function () {
        return function (next) {
          return function (action) {
            var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
            if (activity && activity.from && activity.from.role === 'bot' && languageOf(activity.locale)) {
              var result = next(action);
              window.setTimeout(function () { applyLanguage(languageOf(activity.locale)); }, 0);
              return result;
            }
            return next(action);
          };
        };
      });
      status.hidden = true;
      render();
    }).catch(fail);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
