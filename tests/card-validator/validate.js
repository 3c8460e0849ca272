#!/usr/bin/env node
// Validates rendered Adaptive Cards with the official JavaScript renderer (npm "adaptivecards").
//
// Usage:  node validate.js card1.json [card2.json ...]     (or pipe one card on stdin: node validate.js < card.json)
// Output: a JSON report on stdout: { "cards": [{ "file", "errors": [...], "warnings": [...] }], "errorCount", "warningCount" }
// Exit:   0 when no card has an error, 1 when one has (invalid JSON counts as one), 2 when a file cannot be read.
//
// Why only parse + validateProperties and no render(): rendering needs a DOM (document), which Node lacks.
// Parsing and validation run without one and catch what matters to us: unknown element or action types,
// versions, too many actions for the default host config, missing required values, duplicate ids.
// The renderer misses some problems (an Image without url passes), so the C# CardLimitsChecker pairs with it.

'use strict';

// The package's "lib/" entry does not resolve in Node; the UMD bundle in "dist/" does.
const AC = require('adaptivecards/dist/adaptivecards.js');
const fs = require('fs');

// Events that tell how to improve a card but do not stop any host from showing it.
const NON_BLOCKING = new Set([AC.ValidationEvent.Hint, AC.ValidationEvent.Deprecated]);

function describe(event) {
  return {
    phase: AC.ValidationPhase[event.phase],
    event: AC.ValidationEvent[event.event],
    message: event.message,
  };
}

function validateCard(name, text) {
  const report = { file: name, errors: [], warnings: [] };
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    report.errors.push({ phase: 'Read', event: 'InvalidJson', message: e.message });
    return report;
  }

  // adaptivecards 3.0.x checks "lang" with a global RegExp (/^[a-z]{2,3}$/gi) whose lastIndex survives between
  // cards, so every second card with a valid "lang" such as "fr" is reported invalid. Reset it so each card is
  // judged on its own (in a host the bug only drops "lang"; it is not a problem of our cards).
  AC.CardElement.langProperty.regEx.lastIndex = 0;

  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) {
    events.push(context.getEventAt(i));
  }
  events.push(...card.validateProperties().validationEvents);

  for (const event of events) {
    (NON_BLOCKING.has(event.event) ? report.warnings : report.errors).push(describe(event));
  }
  return report;
}

function readInputs(args) {
  if (args.length === 0) {
    return [{ name: '<stdin>', text: fs.readFileSync(0, 'utf8') }];
  }
  return args.map((file) => ({ name: file, text: fs.readFileSync(file, 'utf8') }));
}

function main() {
  let inputs;
  try {
    inputs = readInputs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`Cannot read a card: ${e.message}\n`);
    process.exit(2);
  }

  const cards = inputs.map((input) => validateCard(input.name, input.text));
  const errorCount = cards.reduce((sum, c) => sum + c.errors.length, 0);
  const warningCount = cards.reduce((sum, c) => sum + c.warnings.length, 0);
  process.stdout.write(JSON.stringify({ cards, errorCount, warningCount }, null, 2) + '\n');
  process.exit(errorCount === 0 ? 0 : 1);
}

main();
