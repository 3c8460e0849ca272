// A short conversation with the running bot through the official Direct Line client (botframework-directlinejs),
// over its WebSocket stream, as Web Chat does: greeting -> a menu choice -> a FAQ answer.
// Usage: BOT_URL=http://127.0.0.1:5000 node directline-client.js
// Prints one line per step and exits 0 when the conversation went as expected, 1 otherwise.
'use strict';

// directlinejs is written for browsers: give Node the XMLHttpRequest and WebSocket it expects.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const botUrl = (process.env.BOT_URL || '').replace(/\/+$/, '');
if (!botUrl) {
  console.error('Set BOT_URL to the bot\'s base URL.');
  process.exit(2);
}

const timeoutMs = Number(process.env.STEP_TIMEOUT_MS || 20000);

async function main() {
  const tokenResponse = await fetch(`${botUrl}/api/webchat/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ locale: 'en-US' })
  });
  if (!tokenResponse.ok) {
    throw new Error(`The token endpoint answered ${tokenResponse.status}`);
  }
  const { token } = await tokenResponse.json();

  const directLine = new DirectLine({
    token,
    domain: `${botUrl}/v3/directline`,
    webSocket: true,
    conversationStartProperties: { locale: 'en-US' }
  });

  const received = [];
  const waiters = [];
  const subscription = directLine.activity$.subscribe(
    activity => {
      received.push(activity);
      for (const waiter of [...waiters]) { waiter(); }
    },
    error => console.error('activity$ error', error)
  );

  let sawWebSocket = false;
  directLine.connectionStatus$.subscribe(status => {
    if (status === ConnectionStatus.Online) { sawWebSocket = directLine.webSocket === true; }
  });

  // Resolves with the first bot message after `from` whose text matches.
  function waitForBot(pattern, from) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = received.slice(from).find(a => a.type === 'message' && a.from.role === 'bot' && pattern.test(a.text || ''));
        if (found) {
          waiters.splice(waiters.indexOf(check), 1);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(check), 1);
        reject(new Error(`No bot message matching ${pattern} within ${timeoutMs} ms; received: ${received.map(a => a.text).join(' | ')}`));
      }, timeoutMs);
      waiters.push(check);
      check();
    });
  }

  function say(text) {
    return new Promise((resolve, reject) => {
      directLine.postActivity({ type: 'message', from: { id: 'page-chosen-id', name: 'Visitor' }, text, locale: 'en-US' })
        .subscribe(id => resolve(id), error => reject(error));
    });
  }

  const greeting = await waitForBot(/^Hello, I'm the .+ assistant/, 0);
  console.log(`greeting: ${greeting.text}`);

  let mark = received.length;
  const menuId = await say('Information');
  const askWhat = await waitForBot(/What would you like to know\?/, mark);
  console.log(`menu: ${askWhat.text} (posted ${menuId})`);

  mark = received.length;
  await say('how much is delivery?');
  const answer = await waitForBot(/4\.90/, mark);
  console.log(`faq: ${answer.text}`);

  // Our own messages come back on the stream, with the user id the server chose, not the page's.
  const echoed = received.find(a => a.from.role === 'user' && a.text === 'how much is delivery?');
  if (!echoed) { throw new Error('The posted message was not echoed on the stream.'); }
  if (echoed.from.id === 'page-chosen-id') { throw new Error('The server kept the page-chosen user id.'); }
  const ids = received.map(a => a.id);
  if (new Set(ids).size !== ids.length) { throw new Error(`An activity was delivered twice: ${ids.join(', ')}`); }
  console.log(`websocket: ${sawWebSocket}`);
  if (!sawWebSocket) { throw new Error('directlinejs did not use the WebSocket stream.'); }

  subscription.unsubscribe();
  directLine.end();
  console.log('OK');
}

main().then(
  () => process.exit(0),
  error => {
    console.error(`FAILED: ${error && error.stack ? error.stack : error}`);
    process.exit(1);
  });
