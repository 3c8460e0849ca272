// What the real-browser scripts share: Debian's Chromium started as a phone (playwright-core), the visitor's
// moves in Web Chat (wait for the bot's words, type in the send box), a screenshot of any failure, and the exit
// code the test reads (0 when every check passed, 1 otherwise).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const stepTimeout = Number(process.env.STEP_TIMEOUT_MS || 20000);
const screenshotDir = process.env.SCREENSHOT_DIR || path.join(os.tmpdir(), 'majordome-web-e2e');

/** The chat page's URL (CHAT_URL); exits when it is not set or when Chromium is missing. */
function requireChatUrl() {
  const chatUrl = process.env.CHAT_URL;
  if (!chatUrl) {
    console.error('Set CHAT_URL to the chat page\'s URL.');
    process.exit(2);
  }
  if (!fs.existsSync(executablePath)) {
    console.error(`FAILED: Chromium is not installed at ${executablePath}. Install it with: apt-get install -y chromium`);
    process.exit(3);
  }
  return chatUrl;
}

/**
 * Opens a fresh French phone browser (its own profile), runs body({ page, problems, shot }) and closes it; on a
 * failure saves a full-page screenshot named failureShot and prints the problems the page reported.
 */
async function withPhone(failureShot, body) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'majordome-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    // A phone screen: the page must work there.
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'fr-FR'
  });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(stepTimeout);
  const problems = [];
  page.on('pageerror', error => problems.push(`page error: ${error.message}`));
  page.on('console', message => { if (message.type() === 'error') { problems.push(`console: ${message.text()}`); } });

  async function shot(name) {
    const file = path.join(screenshotDir, name);
    await page.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
    return file;
  }

  try {
    await body({ page, problems, shot });
  } catch (error) {
    const failShot = path.join(screenshotDir, failureShot);
    await page.screenshot({ path: failShot, fullPage: true }).catch(() => {});
    console.error(`screenshot of the failure: ${failShot}`);
    if (problems.length > 0) { console.error(problems.join('\n')); }
    throw error;
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** The visitor's moves in Web Chat on page: botSays(text) waits for the bot's words, type(text) sends a message. */
function chat(page) {
  const transcript = page.locator('.webchat__basic-transcript');
  const sendBox = page.locator('[data-id="webchat-sendbox-input"]');
  return {
    transcript,
    sendBox,
    async botSays(text) {
      await transcript.getByText(text, { exact: false }).last().waitFor({ state: 'visible' });
      console.log(`bot: ${text}`);
    },
    async type(text) {
      await sendBox.fill(text);
      await sendBox.press('Enter');
      console.log(`typed: ${text}`);
    }
  };
}

/** Runs main and exits 0 when it succeeded, 1 (with the error) otherwise. */
function run(main) {
  main().then(
    () => process.exit(0),
    error => {
      console.error(`FAILED: ${error && error.stack ? error.stack : error}`);
      process.exit(1);
    });
}

module.exports = { screenshotDir, stepTimeout, requireChatUrl, withPhone, chat, run };
