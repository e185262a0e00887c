#!/usr/bin/env node
// Builds appPackage/build/appPackage.<env>.zip, ready to upload in Teams: manifest.json and en.json with
// every ${{VAR}} filled from env/.env.<env> (then env/.env.<env>.user, then the process environment),
// plus the two icons. Usage: npm run package [-- <env>]   (default: local)
'use strict';
const { readFileSync, writeFileSync, mkdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const JSZip = require('jszip');

const root = join(__dirname, '..');
const app = join(root, 'appPackage');

function readEnvFile(file) {
  if (!existsSync(file)) return {};
  const out = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m && !line.trim().startsWith('#')) out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

function fill(text, vars, file) {
  const missing = new Set();
  const result = text.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_, name) => {
    const v = vars[name];
    if (v === undefined || v === '') missing.add(name);
    return v ?? '';
  });
  if (missing.size) throw new Error(`${file}: no value for ${[...missing].join(', ')} (set them in env/.env.<env>)`);
  return result;
}

async function buildPackage(envName) {
  const envFile = join(root, 'env', `.env.${envName}`);
  if (!existsSync(envFile)) throw new Error(`no environment file ${envFile}`);
  const vars = { ...readEnvFile(envFile), ...readEnvFile(`${envFile}.user`), ...process.env };
  const manifest = fill(readFileSync(join(app, 'manifest.json'), 'utf8'), vars, 'appPackage/manifest.json');
  const en = fill(readFileSync(join(app, 'en.json'), 'utf8'), vars, 'appPackage/en.json');
  JSON.parse(manifest);
  JSON.parse(en);
  const zip = new JSZip();
  // A fixed date keeps the zip byte-for-byte reproducible.
  const date = new Date('2026-01-01T00:00:00Z');
  zip.file('manifest.json', manifest, { date });
  zip.file('en.json', en, { date });
  zip.file('color.png', readFileSync(join(app, 'color.png')), { date });
  zip.file('outline.png', readFileSync(join(app, 'outline.png')), { date });
  const out = join(app, 'build');
  mkdirSync(out, { recursive: true });
  const zipPath = join(out, `appPackage.${envName}.zip`);
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  writeFileSync(join(out, `manifest.${envName}.json`), manifest);
  return zipPath;
}

module.exports = { buildPackage, readEnvFile, fill };

if (require.main === module) {
  buildPackage(process.argv[2] || 'local').then(
    (p) => console.log(`wrote ${p}`),
    (e) => {
      console.error(`overlegbot package: ${e.message}`);
      process.exitCode = 1;
    },
  );
}
