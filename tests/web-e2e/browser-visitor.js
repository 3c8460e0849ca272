// A returning visitor on the bot's own chat page, in a real browser (Debian's Chromium driven by playwright-core):
// books a table and fills a cart, reloads the page and switches its language, and finds both again; the product
// pictures load (no failed image request), card buttons wear the brand's colour, the page's own texts follow a
// language switch made in the chat, and a visitor credential altered in the browser is refused by the server.
// Usage: CHAT_URL=http://127.0.0.1:5000/chat ACCENT=#6b3e26 SCREENSHOT_DIR=/tmp/shots node browser-visitor.js
// Prints one line per step and exits 0 when every check passed, 1 otherwise (with a screenshot of the failure).
'use strict';

const { stepTimeout, requireChatUrl, withPhone, chat, run } = require('./browser-phone');

const chatUrl = requireChatUrl();
const accent = process.env.ACCENT || '#6b3e26';

function rgb(hex) {
  const value = parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}

async function main() {
  await withPhone('visitor-failure.png', async ({ page, problems, shot }) => {
    const images = [];
    const tokenStatuses = [];
    page.on('requestfailed', request => problems.push(`request failed: ${request.url()} (${request.failure() && request.failure().errorText})`));

    // A message's POST is answered once its turn has ended (state saved), after the bot's replies reached the
    // stream: the script waits for it before leaving the page, or the browser aborts it (a failed request).
    let postsInFlight = 0;
    const isPost = request => request.method() === 'POST' && /\/activities$/.test(request.url());
    page.on('request', request => { if (isPost(request)) { postsInFlight++; } });
    page.on('requestfinished', request => { if (isPost(request)) { postsInFlight--; } });
    page.on('requestfailed', request => { if (isPost(request)) { postsInFlight--; } });
    async function leavePage(navigate) {
      const deadline = Date.now() + stepTimeout;
      while (postsInFlight > 0 && Date.now() < deadline) { await page.waitForTimeout(50); }
      await navigate();
    }
    page.on('response', response => {
      const request = response.request();
      if (request.resourceType() === 'image') {
        images.push(response.url());
        if (response.status() >= 400) { problems.push(`image ${response.url()} answered ${response.status()}`); }
      }
      if (request.url().endsWith('/api/webchat/token')) { tokenStatuses.push(response.status()); }
    });

    const { transcript, botSays, type } = chat(page);

    async function click(name) {
      // Suggested actions and card buttons; not the copies Web Chat keeps for screen readers.
      const exact = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
      const button = page.locator('button:not(.webchat__live-region-activity__suggested-action)').filter({ hasText: exact }).last();
      await button.waitFor({ state: 'visible' });
      await button.click();
      console.log(`clicked: ${name}`);
    }

    async function allImagesLoaded() {
      // Every picture in the transcript has arrived and decoded (a broken one has no natural width).
      await page.waitForFunction(() => Array.from(document.querySelectorAll('.webchat__basic-transcript img'))
        .every(img => img.complete && img.naturalWidth > 0), null, { timeout: stepTimeout });
      return page.locator('.webchat__basic-transcript img').count();
    }

    // 1. A first visit: a booking, then a product in the cart.
    await page.goto(chatUrl, { waitUntil: 'domcontentloaded' });
    await botSays('Bonjour, je suis');
    await click('Réserver une table');
    await botSays('Dans quelle boutique');
    await click('Lyon');
    await botSays('Pour combien de personnes');
    await type('2');
    await botSays('Quand souhaitez-vous venir');
    await type('samedi à 7h');
    await botSays('pas ouverte');
    const slot = page.locator('button.webchat__suggested-action').first();
    await slot.waitFor({ state: 'visible' });
    await slot.click();
    await botSays('À quel nom');
    await type('Marie Curie');
    await botSays('À quel numéro');
    await type('06 12 34 56 78');
    await botSays('Je réserve');
    await click('Oui');
    const confirmation = page.locator('.ac-adaptiveCard').filter({ hasText: 'Votre table est réservée' }).last();
    await confirmation.waitFor({ state: 'visible' });
    const reference = (await confirmation.innerText()).match(/MT-[A-Z0-9]+/)[0];
    console.log(`booked: ${reference}`);

    await click('Acheter');
    await click('Capsules');
    const productCard = page.locator('.ac-adaptiveCard').filter({ hasText: 'Arpeggio' }).last();
    await productCard.waitFor({ state: 'visible' });
    const pictures = await allImagesLoaded();
    console.log(`images loaded: ${pictures}`);
    if (pictures === 0) { throw new Error('The product cards show no picture.'); }
    await productCard.scrollIntoViewIfNeeded();
    await shot('visitor-products.png');

    // Card buttons wear the brand colour: the main ("positive") one filled with it, the others written in it.
    const colours = await page.evaluate(() => Array.from(document.querySelectorAll('.webchat__basic-transcript .ac-pushButton'))
      .map(b => ({ text: b.innerText.trim(), positive: b.classList.contains('style-positive'), destructive: b.classList.contains('style-destructive'), background: getComputedStyle(b).backgroundColor, color: getComputedStyle(b).color })));
    const positive = colours.filter(c => c.positive);
    if (positive.length === 0 || !positive.every(c => c.background === rgb(accent))) {
      throw new Error(`Card buttons do not carry the brand colour ${rgb(accent)}: ${JSON.stringify(colours.slice(0, 6))}`);
    }
    if (!colours.filter(c => !c.positive && !c.destructive).every(c => c.color === rgb(accent))) {
      throw new Error(`Secondary card buttons are not written in the brand colour: ${JSON.stringify(colours.slice(0, 6))}`);
    }
    console.log(`card buttons: ${positive.length} in ${positive[0].background}`);

    await productCard.getByRole('button', { name: 'Ajouter au panier' }).first().click();
    await botSays('Combien d’étuis');
    await type('2');
    await botSays('Ajouté à votre panier');

    // 2. The visitor reloads the page: a new conversation, the same customer.
    await leavePage(() => page.reload({ waitUntil: 'domcontentloaded' }));
    await botSays('Bonjour, je suis');
    await type('mes réservations');
    await botSays(reference);
    console.log(`after reload: booking ${reference} found`);
    await type('menu');
    await click('Acheter');
    await click('Mon panier');
    await transcript.locator('.ac-adaptiveCard').filter({ hasText: 'Arpeggio' }).last().waitFor({ state: 'visible' });
    console.log('after reload: cart has Arpeggio');
    await shot('visitor-after-reload.png');

    // 3. The visitor switches the page to English: the page is English, the greeting too, the cart still there.
    await leavePage(() => page.locator('.chat-language').click());
    await page.waitForURL(/lang=en/);
    await botSays('Hello, I');
    await shot('visitor-english-page.png');
    const english = await page.evaluate(() => ({ lang: document.documentElement.lang, link: document.querySelector('.chat-language').textContent.trim(), placeholder: document.querySelector('[data-id="webchat-sendbox-input"]').getAttribute('placeholder') }));
    if (english.lang !== 'en' || english.link !== 'Français' || !/message/i.test(english.placeholder) || /Tapez/i.test(english.placeholder)) {
      throw new Error(`The English page is not in English: ${JSON.stringify(english)}`);
    }
    await click('Shop');
    await click('My cart');
    await transcript.locator('.ac-adaptiveCard').filter({ hasText: 'Arpeggio' }).last().waitFor({ state: 'visible' });
    await shot('visitor-english.png');
    console.log('in English: cart has Arpeggio');

    // 4. Back on the French page, the visitor switches language in the chat: the page's own texts follow.
    await leavePage(() => page.locator('.chat-language').click());
    await page.waitForURL(/lang=fr/);
    await botSays('Bonjour, je suis');
    await click('English');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('.chat-language').textContent.trim() === 'Français');
    const switched = await page.evaluate(() => ({ title: document.title, placeholder: document.querySelector('[data-id="webchat-sendbox-input"]').getAttribute('placeholder') }));
    if (/discussion/i.test(switched.title) || /Tapez/i.test(switched.placeholder)) {
      throw new Error(`The page's texts stayed French after switching in the chat: ${JSON.stringify(switched)}`);
    }
    console.log(`switched in the chat: title "${switched.title}", send box "${switched.placeholder}"`);
    await shot('visitor-switched-in-chat.png');

    // 5. A credential altered in the browser names nobody: the server refuses it and the page starts afresh.
    const stored = await page.evaluate(() => window.localStorage.getItem('majordome.visitor'));
    if (!stored || !stored.startsWith('v1.')) { throw new Error(`No visitor credential kept: ${stored}`); }
    await page.evaluate(value => window.localStorage.setItem('majordome.visitor', value), stored.slice(0, -4) + 'AAAA');
    tokenStatuses.length = 0;
    await leavePage(() => page.goto(chatUrl, { waitUntil: 'domcontentloaded' }));
    await botSays('Bonjour, je suis');
    if (tokenStatuses[0] !== 403 || tokenStatuses[1] !== 200) { throw new Error(`The altered credential was not refused: ${tokenStatuses}`); }
    await type('mes réservations');
    await botSays('pas de réservation à venir');
    console.log('altered credential: refused (403), a new visitor without bookings');

    // The refusal of the altered credential is expected; nothing else may have failed.
    const unexpected = problems.filter(p => !/api\/webchat\/token/.test(p) && !/status of 403/.test(p));
    if (unexpected.length > 0) {
      throw new Error(`The page reported problems:\n${unexpected.join('\n')}`);
    }
    console.log(`images requested: ${images.length}, failed: 0`);
    console.log('OK');
  });
}

run(main);
