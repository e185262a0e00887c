#!/usr/bin/env node
// Starts the bot (auth off: the Playground sends no tokens) and Microsoft 365 Agents Playground beside it,
// so a person can chat with the bot at http://localhost:56150. Ctrl+C stops both.
'use strict';
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const port = process.env.PORT || '3978';
const playgroundPort = process.env.PLAYGROUND_PORT || '56150';
const children = [];

function stopAll(code) {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  process.exitCode = code;
}

const bot = spawn(process.execPath, ['--disable-warning=DEP0111', join(root, 'dist', 'src', 'index.js')], {
  cwd: root,
  env: { ...process.env, PORT: port, HOST: '127.0.0.1', BOT_ID: '', BOT_PASSWORD: '', DATA_DIR: process.env.DATA_DIR || join(root, 'data', 'playground') },
  stdio: ['ignore', 'pipe', 'inherit'],
});
children.push(bot);

let started = false;
bot.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!started && /"event":"listening"/.test(String(chunk))) {
    started = true;
    const cli = join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
    const playground = spawn(
      process.execPath,
      [cli, 'start', '-e', `http://127.0.0.1:${port}/api/messages`, '-c', 'msteams', '-p', playgroundPort, '--disable-telemetry'],
      { cwd: root, env: { ...process.env, TEAMSAPPTESTER_BROWSER: process.env.TEAMSAPPTESTER_BROWSER || 'none' }, stdio: 'inherit' },
    );
    children.push(playground);
    playground.on('exit', (code) => stopAll(code ?? 0));
    process.stdout.write(`\noverlegbot: open http://localhost:${playgroundPort} and ask "wanneer is het volgende SG-overleg?"\n\n`);
  }
});
bot.on('exit', (code) => stopAll(code ?? 1));
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
