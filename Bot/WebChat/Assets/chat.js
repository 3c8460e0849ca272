// Starts Web Chat on the chat page: a token from the bot's own endpoint (the secret stays on the server),
// then Web Chat over the Direct Line API of the same bot (WebSocket stream, posting over HTTP).
(function () {
  'use strict';
  var settings = JSON.parse(document.getElementById('webchat-settings').textContent);
  var status = document.getElementById('webchat-status');

  function fail(error) {
    if (window.console) { console.error('Web Chat could not start', error); }
    status.textContent = settings.strings.error;
    status.className = 'chat-status error';
    status.hidden = false;
  }

  function start() {
    if (!window.WebChat) {
      fail(new Error('The Web Chat bundle did not load from ' + settings.bundleUrl));
      return;
    }

    fetch(settings.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: settings.locale }),
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) { throw new Error('Token endpoint answered ' + response.status); }
      return response.json();
    }).then(function (body) {
      var directLine = window.WebChat.createDirectLine({
        token: body.token,
        domain: window.location.origin + settings.directLinePath,
        conversationStartProperties: { locale: settings.locale }
      });
      status.hidden = true;
      window.WebChat.renderWebChat({
        directLine: directLine,
        locale: settings.locale,
        styleOptions: settings.styleOptions
      }, document.getElementById('webchat'));
    }).catch(fail);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
