// The team's live takeover in a real browser, two contexts side by side in Debian's Chromium (playwright-core): a
// customer on the chat page (a French phone, the official Web Chat) and an agent in the team console (a laptop).
// The customer asks for a person; the agent signs in, takes the conversation; they write to each other; the agent
// hands back and the bot offers its menu again; the agent switches the console to French. Screenshots of both
// screens at each stage.
// Usage: CHAT_URL=... TEAM_URL=... AGENT_USER=... AGENT_PASSWORD=... SCREENSHOT_DIR=... node browser-team-takeover.js
'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { screenshotDir, stepTimeout, requireChatUrl, chat, run } = require('./browser-phone');

const chatUrl = requireChatUrl();
const teamUrl = process.env.TEAM_URL;
const agentUser = process.env.AGENT_USER;
const agentPassword = process.env.AGENT_PASSWORD;
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function main() {
  if (!teamUrl || !agentUser || !agentPassword) { throw new Error('Set TEAM_URL, AGENT_USER and AGENT_PASSWORD.'); }
  fs.mkdirSync(screenshotDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
  const problems = [];
  const customerContext = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR' });
  const agentContext = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  const customer = await customerContext.newPage();
  const agent = await agentContext.newPage();
  for (const [who, page] of [['customer', customer], ['agent', agent]]) {
    page.setDefaultTimeout(stepTimeout);
    page.on('pageerror', error => problems.push(`${who} page error: ${error.message}`));
    page.on('console', message => { if (message.type() === 'error') { problems.push(`${who} console: ${message.text()}`); } });
  }

  async function shot(page, name) {
    const file = path.join(screenshotDir, name);
    await page.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
  }

  const botBubbles = customer.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
  try {
    // The customer asks for a person.
    await customer.goto(chatUrl, { waitUntil: 'domcontentloaded' });
    const { botSays, type } = chat(customer);
    await botSays('Bonjour, je suis');
    await type('parler à quelqu\'un');
    await botSays('bien noté');

    // The agent signs in and finds the request in the queue.
    await agent.goto(teamUrl, { waitUntil: 'domcontentloaded' });
    if (!/\/team\/signin/.test(agent.url())) { throw new Error(`The console did not ask to sign in: ${agent.url()}`); }
    console.log('agent: asked to sign in');
    await agent.getByLabel('Name').fill(agentUser);
    await agent.getByLabel('Password').fill(agentPassword);
    await agent.getByRole('button', { name: 'Sign in' }).click();
    const row = agent.locator('table.queue tr', { hasText: 'Asked for a person' }).first();
    await row.waitFor({ state: 'visible' });
    const rowText = await row.innerText();
    if (!/Web Chat/.test(rowText) || !/French/.test(rowText)) { throw new Error(`The queue's row lacks the channel or the language: ${rowText}`); }
    console.log(`agent: queue shows ${rowText.replace(/\s+/g, ' ').trim()}`);
    await shot(agent, 'team-queue.png');

    // The agent opens it, reads the transcript, and takes it.
    await row.getByRole('link').click();
    await agent.locator('#transcript li.customer', { hasText: 'parler à quelqu\'un' }).waitFor({ state: 'visible' });
    console.log('agent: transcript shows the request');
    await agent.getByRole('button', { name: 'Take this conversation' }).click();
    await agent.locator('#status', { hasText: 'With you' }).waitFor({ state: 'visible' });
    await botSays('Vous êtes en contact avec Camille de l');

    // The customer writes: the agent sees it live, the bot says nothing.
    const quietBefore = await botBubbles.count();
    await type('Ma commande 1042 est arrivée cassée');
    await agent.locator('#transcript li.customer', { hasText: 'Ma commande 1042 est arrivée cassée' }).waitFor({ state: 'visible' });
    console.log('agent: sees the customer\'s message live');
    await customer.waitForTimeout(1500);
    if (await botBubbles.count() !== quietBefore) { throw new Error('The bot answered while the agent held the conversation.'); }
    console.log('customer: the bot stayed silent');

    // The agent answers: it reaches the customer's Web Chat.
    const box = agent.getByLabel(/Reply to the customer/);
    await box.fill('Je suis désolée ! Je vous envoie un nouveau colis dès aujourd\'hui.');
    await box.press('Enter');
    await botSays('Je vous envoie un nouveau colis');
    await agent.locator('#transcript li.agent', { hasText: 'nouveau colis' }).waitFor({ state: 'visible' });
    await type('Merci beaucoup !');
    await agent.locator('#transcript li.customer', { hasText: 'Merci beaucoup' }).waitFor({ state: 'visible' });
    console.log('exchange: both ways');
    await shot(agent, 'team-conversation.png');
    await shot(customer, 'team-customer-with-agent.png');

    // The agent hands back: the bot says so in French and offers its menu, and answers again.
    await agent.getByRole('button', { name: 'Hand back to the bot' }).click();
    await agent.locator('#status', { hasText: 'Handed back to the bot' }).waitFor({ state: 'visible' });
    await botSays('Camille vous laisse avec');
    await botSays('Comment puis-je vous aider');
    const book = customer.getByRole('button', { name: 'Réserver une table', exact: true }).last();
    await book.waitFor({ state: 'visible' });
    await shot(customer, 'team-customer-handed-back.png');
    await book.click();
    await botSays('Dans quelle boutique');
    console.log('customer: the bot resumed');

    // The agent (an English browser) switches the console to French: the conversation and then the queue speak it.
    await agent.getByRole('link', { name: 'Français' }).click();
    await agent.locator('#status', { hasText: 'Rendue au bot' }).waitFor({ state: 'visible' });
    await agent.locator('#transcript li.customer .who', { hasText: 'Client' }).first().waitFor({ state: 'visible' });
    await shot(agent, 'team-conversation-fr.png');
    await agent.locator('header a.brand').click();
    await agent.locator('h1', { hasText: 'En attente d’une personne' }).waitFor({ state: 'visible' });
    await agent.getByRole('link', { name: 'English' }).waitFor({ state: 'visible' });
    await shot(agent, 'team-queue-fr.png');
    console.log('agent: the console speaks French after the switch, and keeps it');

    if (problems.length > 0) { throw new Error(`The pages reported errors:\n${problems.join('\n')}`); }
    console.log('OK');
  } catch (error) {
    await customer.screenshot({ path: path.join(screenshotDir, 'team-failure-customer.png'), fullPage: true }).catch(() => {});
    await agent.screenshot({ path: path.join(screenshotDir, 'team-failure-agent.png'), fullPage: true }).catch(() => {});
    if (problems.length > 0) { console.error(problems.join('\n')); }
    throw error;
  } finally {
    await browser.close();
  }
}

run(main);
