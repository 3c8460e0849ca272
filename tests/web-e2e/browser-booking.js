// Books a table through the bot's own chat page in a real browser: Debian's Chromium driven by playwright-core,
// the official Web Chat rendering the bot's suggested actions and Adaptive Cards. Types and clicks like a visitor,
// then saves a screenshot of the confirmation card and clicks one of its buttons.
// Usage: CHAT_URL=http://127.0.0.1:5000/chat SCREENSHOT_DIR=/tmp/shots node browser-booking.js
// Prints one line per step and exits 0 when the booking is confirmed, 1 otherwise (with a screenshot of the failure).
'use strict';

const path = require('path');
const { screenshotDir, requireChatUrl, withPhone, chat, run } = require('./browser-phone');

const chatUrl = requireChatUrl();

async function main() {
  await withPhone('failure.png', async ({ page, problems }) => {
    await page.goto(chatUrl, { waitUntil: 'domcontentloaded' });
    const { botSays, type } = chat(page);

    async function click(name) {
      // Suggested actions and card buttons are buttons; the newest one with that name is the live one.
      const button = page.getByRole('button', { name, exact: true }).last();
      await button.waitFor({ state: 'visible' });
      await button.click();
      console.log(`clicked: ${name}`);
    }

    await botSays('Bonjour, je suis');
    await click('Réserver une table');
    await botSays('Dans quelle boutique');
    await click('Lyon');
    await botSays('Pour combien de personnes');
    await type('2');
    await botSays('Quand souhaitez-vous venir');
    // 7h is before opening: the bot proposes the nearest free slots as buttons.
    await type('samedi à 7h');
    await botSays('pas ouverte');
    // Whatever today is, the first proposed slot is free: take it.
    const slot = page.locator('button.webchat__suggested-action').first();
    await slot.waitFor({ state: 'visible' });
    const slotLabel = (await slot.innerText()).trim();
    await slot.click();
    console.log(`clicked: ${slotLabel}`);
    await botSays('À quel nom');
    await type('Marie Curie');
    await botSays('À quel numéro');
    await type('06 12 34 56 78');
    await botSays('Je réserve');
    await click('Oui');

    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Votre table est réservée' }).last();
    await card.waitFor({ state: 'visible' });
    await card.scrollIntoViewIfNeeded();
    await botSays('Votre référence est');
    const cardText = await card.innerText();
    if (!/Lyon/.test(cardText) || !/2 personnes/.test(cardText) || !/MT-[A-Z0-9]+/.test(cardText)) {
      throw new Error(`The confirmation card does not show the booking: ${cardText}`);
    }

    const cardShot = path.join(screenshotDir, 'booking-confirmation-card.png');
    const pageShot = path.join(screenshotDir, 'booking-confirmation-page.png');
    await card.screenshot({ path: cardShot });
    await page.screenshot({ path: pageShot });
    console.log(`screenshot: ${cardShot}`);
    console.log(`screenshot: ${pageShot}`);

    // A card button (Action.Submit) goes back to the bot as a value: moving the booking asks for the new date.
    await card.getByRole('button', { name: 'Changer la date' }).click();
    console.log('clicked: Changer la date');
    await botSays('Quand souhaitez-vous venir à la place');

    if (problems.length > 0) {
      throw new Error(`The page reported errors:\n${problems.join('\n')}`);
    }

    // A brand's page on another origin with the one-line embed: the floating button opens the chat in a panel.
    const siteUrl = process.env.SITE_URL;
    if (siteUrl) {
      await page.goto(siteUrl, { waitUntil: 'domcontentloaded' });
      await page.getByRole('button', { name: /^Chat with / }).click();
      console.log('clicked: the embedded chat button');
      const panel = page.frameLocator('iframe.majordome-chat-panel');
      await panel.locator('.webchat__basic-transcript').getByText('Hello, I', { exact: false }).first().waitFor({ state: 'visible' });
      console.log('embedded: greeting shown in the panel');
      await page.screenshot({ path: path.join(screenshotDir, 'embedded-panel.png') });
    }

    console.log('OK');
  });
}

run(main);
