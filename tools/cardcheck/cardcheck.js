#!/usr/bin/env node
// Test oracle for DanVanBot.Cards: reads {"template": <card template>, "data": <data>} on stdin and prints
// {"expanded": <card>, "warnings": [{phase, event, message}]} using Microsoft's own templating engine and
// Microsoft's own card parser, so our C# binder can be compared with the reference behaviour.
'use strict';

// The package's main entry needs a bundler; the UMD bundle loads in plain node and parsing needs no DOM.
const AC = require('adaptivecards/dist/adaptivecards.js');
const ACData = require('adaptivecards-templating');

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

function describe(event) {
  return {
    phase: AC.ValidationPhase[event.phase] ?? event.phase,
    event: AC.ValidationEvent[event.event] ?? event.event,
    message: event.message,
  };
}

function validate(expanded) {
  const warnings = [];
  if (expanded === null || typeof expanded !== 'object') {
    return [{ phase: 'Parse', event: 'InvalidPropertyValue', message: 'The expanded card is not an object.' }];
  }
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(expanded, context);
  for (let i = 0; i < context.eventCount; i++) warnings.push(describe(context.getEventAt(i)));
  for (const event of card.validateProperties().validationEvents) warnings.push(describe(event));
  return warnings;
}

function check(input) {
  const template = typeof input.template === 'string' ? JSON.parse(input.template) : input.template;
  let expanded;
  try {
    expanded = new ACData.Template(template).expand({ $root: input.data });
  } catch (error) {
    // The engine throws for some expressions; report it so callers can check that they throw too.
    return { error: String(error && error.message ? error.message : error) };
  }
  return { expanded: expanded === undefined ? null : expanded, warnings: validate(expanded) };
}

// One case: {template, data} -> {expanded, warnings} | {error}.
// Many cases in one process (node start-up dominates): {cases: [{template, data}, ...]} -> {results: [...]}.
async function main() {
  const input = JSON.parse(await readStdin());
  const output = Array.isArray(input.cases) ? { results: input.cases.map(check) } : check(input);
  process.stdout.write(JSON.stringify(output));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
