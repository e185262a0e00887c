#!/usr/bin/env node
// Regenerates README's "Talking to the bot" table from the feature registry; `npm run docs` compiles first.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { talkingMarkdown, withTalkingSection } = require('../dist/src/features/helpMarkdown');
const { FEATURES } = require('../dist/src/features/registry');

const file = join(__dirname, '..', 'README.md');
const before = readFileSync(file, 'utf8');
const after = withTalkingSection(before, talkingMarkdown(FEATURES));
if (after !== before) writeFileSync(file, after);
console.log(after === before ? 'README.md is up to date' : 'README.md: "Talking to the bot" regenerated');
