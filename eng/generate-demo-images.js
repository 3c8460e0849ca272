// Draws Maison Tasse's demo product pictures (flat illustrations, 764×400, the 1.91:1 shape Messenger's cards use)
// and saves them as JPEG in brand/images, one folder per category. The JPEGs are committed: the bot serves them
// under /media/ and brand/catalog.yaml points to them. Run again only to change the drawings:
//   npm ci --prefix tests/web-e2e && node eng/generate-demo-images.js
// Rendering uses Debian's Chromium through playwright-core (CHROMIUM_PATH to use another browser).
'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require(path.join(__dirname, '..', 'tests', 'web-e2e', 'node_modules', 'playwright-core'));
const output = path.join(__dirname, '..', 'brand', 'images');

const W = 764;
const H = 400;

// Capsule colours: one per coffee, darker for the stronger ones.
const capsules = {
  arpeggio: ['#5b2a86', 9], ristretto: ['#2d2a6e', 10], lungo: ['#c08a2e', 6], aubade: ['#e0a458', 4],
  sirocco: ['#8c2f1b', 11], velours: ['#b5651d', 5], minuit: ['#1b1b2f', 13], alize: ['#7fb7be', 3],
  'brunante-deca': ['#a4372f', 7], cascade: ['#9bc4e2', 2], 'terra-rossa': ['#b3442c', 8],
  'solstice-vanille': ['#e8d5a3', 6], nocturne: ['#2b3a55', 12], praline: ['#8b5a3c', 6], granit: ['#55595c', 10],
  'brise-matinale': ['#f2c14e', 4]
};

const machines = {
  piccola: ['#c0392b', false], 'piccola-latte': ['#f4f1ea', true], eclat: ['#2c3e50', false],
  'duo-creme': ['#d9c7a7', true], atelier: ['#3b3b3b', true], virtuose: ['#7f8c8d', true], escale: ['#1e5f74', false]
};

function frame(content, tint) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fbf6f0"/><stop offset="1" stop-color="#efe2d3"/></linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.45" r="0.5"><stop offset="0" stop-color="${tint}" stop-opacity="0.22"/><stop offset="1" stop-color="${tint}" stop-opacity="0"/></radialGradient>
    <linearGradient id="shine" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="0.45" stop-color="#fff" stop-opacity="0.55"/><stop offset="0.6" stop-color="#fff" stop-opacity="0"/></linearGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  <circle cx="${W / 2}" cy="${H / 2}" r="230" fill="url(#glow)"/>
  <ellipse cx="${W / 2}" cy="338" rx="210" ry="16" fill="#6b3e26" opacity="0.12"/>
  ${content}
  <text x="${W - 22}" y="${H - 18}" text-anchor="end" font-family="Georgia, serif" font-size="15" fill="#6b3e26" opacity="0.55">Maison Tasse</text>
</svg>`;
}

function capsule(x, y, color, scale) {
  // A capsule seen from the side: a rim, a dome and a cone, with a metallic shine.
  return `<g transform="translate(${x} ${y}) scale(${scale})">
    <rect x="-70" y="-8" width="140" height="16" rx="6" fill="${color}"/>
    <rect x="-70" y="-8" width="140" height="16" rx="6" fill="#000" opacity="0.18"/>
    <path d="M-58 8 L-36 118 Q0 134 36 118 L58 8 Z" fill="${color}"/>
    <path d="M-58 8 L-36 118 Q0 134 36 118 L58 8 Z" fill="url(#shine)"/>
    <path d="M-36 118 Q0 134 36 118 L30 128 Q0 142 -30 128 Z" fill="#000" opacity="0.25"/>
  </g>`;
}

function intensity(level, color) {
  let dots = '';
  for (let i = 0; i < 13; i++) {
    const filled = i < level;
    dots += `<circle cx="${W / 2 - 156 + i * 26}" cy="368" r="7" fill="${filled ? color : 'none'}" stroke="${color}" stroke-width="2" opacity="${filled ? 1 : 0.45}"/>`;
  }
  return dots;
}

function capsuleArt([color, level]) {
  return frame(`${capsule(W / 2 - 110, 120, color, 1.05)}${capsule(W / 2 + 20, 96, color, 1.25)}${capsule(W / 2 + 150, 138, color, 0.9)}${intensity(level, '#6b3e26')}`, color);
}

function machineArt([color, milk]) {
  const dark = '#2b1d14';
  const wand = milk ? `<path d="M478 150 q40 10 36 90" stroke="#9a9a9a" stroke-width="9" fill="none" stroke-linecap="round"/><rect x="498" y="236" width="30" height="44" rx="6" fill="#d8d8d8"/>` : '';
  return frame(`
    <rect x="292" y="60" width="180" height="270" rx="26" fill="${color}"/>
    <rect x="292" y="60" width="180" height="270" rx="26" fill="url(#shine)"/>
    <rect x="292" y="60" width="180" height="58" rx="26" fill="#000" opacity="0.12"/>
    <rect x="318" y="150" width="128" height="26" rx="8" fill="${dark}" opacity="0.85"/>
    <rect x="366" y="176" width="32" height="20" rx="4" fill="${dark}" opacity="0.85"/>
    <path d="M350 250 h64 v36 q0 22 -32 22 q-32 0 -32 -22 Z" fill="#fff"/>
    <path d="M414 262 q20 0 20 14 q0 14 -20 14" stroke="#fff" stroke-width="6" fill="none"/>
    <rect x="322" y="306" width="120" height="14" rx="5" fill="${dark}" opacity="0.7"/>
    <circle cx="450" cy="88" r="8" fill="#fff" opacity="0.8"/>
    ${wand}`, color);
}

function cup(x, y, w, h, color) {
  return `<g transform="translate(${x} ${y})">
    <ellipse cx="0" cy="${h + 6}" rx="${w * 0.85}" ry="10" fill="#fff" stroke="#e2d6c8" stroke-width="2"/>
    <path d="M${-w / 2} 0 h${w} v${h * 0.7} q0 ${h * 0.3} ${-w / 2} ${h * 0.3} q${-w / 2} 0 ${-w / 2} ${-h * 0.3} Z" fill="${color}"/>
    <path d="M${w / 2} ${h * 0.2} q${w * 0.35} 0 ${w * 0.35} ${h * 0.25} q0 ${h * 0.25} ${-w * 0.35} ${h * 0.25}" stroke="${color}" stroke-width="8" fill="none"/>
    <ellipse cx="0" cy="2" rx="${w / 2 - 4}" ry="7" fill="#5a3a22"/>
  </g>`;
}

const accessories = {
  'tasses-espresso': () => frame(cup(300, 200, 90, 90, '#f7f3ee') + cup(460, 200, 90, 90, '#6b3e26'), '#6b3e26'),
  'tasses-lungo': () => frame(cup(300, 150, 100, 140, '#f7f3ee') + cup(470, 150, 100, 140, '#b08968'), '#b08968'),
  'verres-cappuccino': () => frame([300, 470].map(x => `<g transform="translate(${x} 110)">
      <path d="M-55 0 h110 l-12 200 h-86 Z" fill="#ffffff" opacity="0.45" stroke="#cbb8a4" stroke-width="3"/>
      <path d="M-50 110 h100 l-6 90 h-88 Z" fill="#7a4a2a"/>
      <path d="M-52 60 h104 l-2 50 h-100 Z" fill="#d9b48f"/>
      <path d="M-54 20 h108 l-2 40 h-104 Z" fill="#fbf3e6"/></g>`).join(''), '#d9b48f'),
  'mousseur-nuage': () => frame(`<path d="M320 110 h120 l-10 190 h-100 Z" fill="#c7ccd1"/><path d="M320 110 h120 l-10 190 h-100 Z" fill="url(#shine)"/>
      <path d="M440 150 q50 10 40 80 l-30 0" stroke="#9aa1a8" stroke-width="12" fill="none"/>
      <rect x="312" y="96" width="136" height="20" rx="8" fill="#2b2b2b"/>
      <path d="M340 130 q40 -30 80 0 q-10 30 -40 24 q-30 6 -40 -24 Z" fill="#fff" opacity="0.9"/>`, '#9aa1a8'),
  'kit-detartrage': () => frame(`<rect x="300" y="120" width="90" height="190" rx="18" fill="#3d8eb9"/><rect x="322" y="92" width="46" height="34" rx="6" fill="#2a6384"/>
      <rect x="312" y="180" width="66" height="60" rx="6" fill="#fff" opacity="0.85"/>
      <path d="M470 140 q40 60 40 100 a40 40 0 0 1 -80 0 q0 -40 40 -100 Z" fill="#7cc4e8"/>
      <path d="M470 140 q40 60 40 100 a40 40 0 0 1 -80 0 q0 -40 40 -100 Z" fill="url(#shine)"/>`, '#3d8eb9'),
  carrousel: () => frame(`<rect x="372" y="90" width="20" height="230" rx="8" fill="#4a4a4a"/><ellipse cx="382" cy="320" rx="110" ry="18" fill="#3b3b3b"/>
      ${[0, 1, 2, 3, 4, 5].map(i => capsule(382 + Math.cos(i * Math.PI / 3) * 80, 120 + i * 30, ['#5b2a86', '#c08a2e', '#8c2f1b', '#7fb7be', '#f2c14e', '#1b1b2f'][i], 0.45)).join('')}`, '#4a4a4a'),
  'sac-recyclage': () => frame(`<path d="M300 130 h170 l20 190 h-210 Z" fill="#6a994e"/><path d="M340 130 q0 -50 45 -50 q45 0 45 50" stroke="#386641" stroke-width="12" fill="none"/>
      <g transform="translate(385 230)" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round">
        <path d="M-30 20 l30 -50 l30 50 Z"/></g>`, '#6a994e')
};

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
  const page = await browser.newPage({ viewport: { width: W, height: H }, deviceScaleFactor: 1 });
  const drawings = [
    ...Object.entries(capsules).map(([name, spec]) => ['capsules', name, capsuleArt(spec)]),
    ...Object.entries(machines).map(([name, spec]) => ['machines', name, machineArt(spec)]),
    ...Object.entries(accessories).map(([name, draw]) => ['accessories', name, draw()])
  ];
  for (const [folder, name, svg] of drawings) {
    fs.mkdirSync(path.join(output, folder), { recursive: true });
    await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
    const file = path.join(output, folder, `${name}.jpg`);
    await page.screenshot({ path: file, type: 'jpeg', quality: 86, clip: { x: 0, y: 0, width: W, height: H } });
    console.log(path.relative(process.cwd(), file));
  }
  await browser.close();
}

main().catch(error => { console.error(error); process.exit(1); });
