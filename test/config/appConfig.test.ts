import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { DEFAULT_SCHEDULE_PATH } from '../../src/config/defaultSchedulePath';
import { dataDirFrom, envValue } from '../../src/envValue';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('the environment configuration', () => {
  it('has defaults for local development: port 3978 on 127.0.0.1, ./data, auth off', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3978);
    assert.equal(c.host, '127.0.0.1');
    assert.match(c.dataDir, /\/data$/);
    assert.equal(c.auth, undefined);
    assert.equal(c.publicUrl, 'http://localhost:3978');
    assert.ok(Object.isFrozen(c));
  });

  it('treats empty variables as unset, as env files write them', () => {
    assert.equal(loadConfig({ BOT_ID: '', BOT_PASSWORD: '' }).auth, undefined);
    const empty = loadConfig({ OVERLEGBOT_CONFIG: '', DATA_DIR: '' });
    assert.equal(empty.schedulePath, DEFAULT_SCHEDULE_PATH, 'OVERLEGBOT_CONFIG= is the shipped schedule, not the file ""');
    assert.equal(empty.dataDir, resolve('data'), 'DATA_DIR= is ./data, as when unset');
    assert.equal(loadConfig({}).dataDir, resolve('data'));
  });

  it('reads empty as unset in one place, for the server and the CLI alike', () => {
    assert.equal(envValue({ X: '' }, 'X'), undefined);
    assert.equal(envValue({ X: ' ' }, 'X'), ' ', 'only empty, not blank: a value is taken as written');
    assert.equal(dataDirFrom('', { DATA_DIR: '/srv/bot' }), '/srv/bot', 'an empty --data-dir falls through to DATA_DIR');
    assert.equal(dataDirFrom(undefined, { DATA_DIR: '' }), loadConfig({ DATA_DIR: '' }).dataDir);
  });

  it('turns auth on with BOT_ID and BOT_PASSWORD, single-tenant when a tenant is given', () => {
    assert.deepEqual(loadConfig({ BOT_ID: 'id', BOT_PASSWORD: 'pw' }).auth, { appId: 'id', password: 'pw', type: 'MultiTenant' });
    assert.equal(loadConfig({ BOT_ID: 'id', BOT_PASSWORD: 'pw', BOT_TENANT_ID: 't' }).auth?.type, 'SingleTenant');
    assert.deepEqual(loadConfig({ BOT_ID: 'id', BOT_TYPE: 'UserAssignedMSI' }).auth, { appId: 'id', type: 'UserAssignedMSI' });
  });

  it('names the variable in every error', () => {
    assert.deepEqual(problems({ PORT: 'abc' }), ['PORT: must be a whole number between 0 and 65535']);
    assert.deepEqual(problems({ BOT_ID: 'id' }), ['BOT_PASSWORD: is required when BOT_ID is set (or set BOT_TYPE=UserAssignedMSI)']);
    assert.deepEqual(problems({ BOT_TYPE: 'Anything' }), ['BOT_TYPE: must be MultiTenant, SingleTenant or UserAssignedMSI']);
    assert.deepEqual(problems({ FEED_TOKEN: 'kort' }), ['FEED_TOKEN: must be at least 16 characters (it is the secret in calendar and bundle links)']);
    assert.deepEqual(problems({ PUBLIC_URL: 'niet een url', LOG_LEVEL: 'loud' }), [
      'PUBLIC_URL: must be a URL such as https://overlegbot.example.org',
      'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
    ]);
  });

  it('reads ALLOWED_TENANTS as a comma-separated list', () => {
    assert.deepEqual(loadConfig({ ALLOWED_TENANTS: ' a, b ,,c' }).allowedTenants, ['a', 'b', 'c']);
  });
});
