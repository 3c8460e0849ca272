// The chat page in another site's frame: a site listed in WebChat:FrameAncestors shows it (the embed's panel);
// any other site gets nothing, the browser refusing because of the page's Content-Security-Policy frame-ancestors.
// Usage: ALLOWED_SITE_URL=http://127.0.0.1:5001/site.html OTHER_SITE_URL=http://localhost:5001/site.html node browser-framing.js
'use strict';

const { chromium } = require('playwright-core');

const allowed = process.env.ALLOWED_SITE_URL;
const other = process.env.OTHER_SITE_URL;
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function open(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.setDefaultTimeout(20000);
  const messages = [];
  page.on('console', message => messages.push(message.text()));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: /^Chat with / }).click();
  return { page, messages };
}

async function main() {
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const listed = await open(browser, allowed);
    await listed.page.frameLocator('iframe.majordome-chat-panel').locator('.webchat__basic-transcript').getByText('Hello, I', { exact: false }).first().waitFor({ state: 'visible' });
    console.log('allowed site: chat shown in the frame');

    const unlisted = await open(browser, other);
    const deadline = Date.now() + 15000;
    while (!unlisted.messages.some(m => /frame-ancestors/.test(m)) && Date.now() < deadline) {
      await unlisted.page.waitForTimeout(200);
    }
    const refusal = unlisted.messages.find(m => /frame-ancestors/.test(m));
    const shown = await unlisted.page.frameLocator('iframe.majordome-chat-panel').locator('.webchat__basic-transcript').count();
    if (!refusal || shown !== 0) {
      throw new Error(`The unlisted site framed the chat (transcripts: ${shown}; console: ${unlisted.messages.join(' | ')})`);
    }
    console.log(`other site: framing refused (${refusal.slice(0, 120)})`);
  } finally {
    await browser.close();
  }
}

main().then(() => process.exit(0), error => { console.error(`FAILED: ${error && error.stack ? error.stack : error}`); process.exit(1); });
