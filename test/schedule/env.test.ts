import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, loadStorageConfig } from '../../src/env';
import { DEFAULT_SCHEDULE_PATH } from '../../src/schedule/defaultSchedulePath';
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

  it('keeps state in DATA_DIR/overlegbot.sqlite unless STORAGE=blob', () => {
    assert.deepEqual(loadConfig({ DATA_DIR: '/srv/bot' }).storage, { kind: 'sqlite', file: '/srv/bot/overlegbot.sqlite' });
    assert.deepEqual(loadConfig({ STORAGE: '', AZURE_STORAGE_CONTAINER: '' }).storage.kind, 'sqlite', 'empty counts as unset');
  });

  it('takes Blob Storage with a connection string or an account URL, in container overlegbot unless told', () => {
    const cs = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';
    assert.deepEqual(loadConfig({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: cs }).storage, {
      kind: 'blob',
      container: 'overlegbot',
      connectionString: cs,
    });
    assert.deepEqual(
      loadConfig({ STORAGE: 'blob', AZURE_STORAGE_ACCOUNT_URL: 'https://acct.blob.core.windows.net', AZURE_STORAGE_CONTAINER: 'bot-state' }).storage,
      {
        kind: 'blob',
        container: 'bot-state',
        accountUrl: 'https://acct.blob.core.windows.net',
      },
    );
  });

  it('names the storage variable in every error, in the server and in the CLI alike', () => {
    assert.deepEqual(problems({ STORAGE: 'cosmos' }), ['STORAGE: must be sqlite or blob']);
    assert.deepEqual(problems({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: '' }), [
      'AZURE_STORAGE_ACCOUNT_URL: is required when STORAGE=blob (or set AZURE_STORAGE_CONNECTION_STRING)',
    ]);
    assert.deepEqual(problems({ STORAGE: 'blob', AZURE_STORAGE_ACCOUNT_URL: 'acct' }), [
      'AZURE_STORAGE_ACCOUNT_URL: must be a URL such as https://overlegbot.blob.core.windows.net',
    ]);
    assert.deepEqual(problems({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: 'geheim' }), [
      'AZURE_STORAGE_CONNECTION_STRING: must be an Azure Storage connection string (with AccountName= or BlobEndpoint=)',
    ]);
    assert.deepEqual(
      problems({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: 'AccountName=a', AZURE_STORAGE_ACCOUNT_URL: 'https://a.blob.core.windows.net' }),
      ['AZURE_STORAGE_CONNECTION_STRING: set either it or AZURE_STORAGE_ACCOUNT_URL, not both'],
    );
    assert.deepEqual(problems({ STORAGE: 'blob', AZURE_STORAGE_ACCOUNT_URL: 'https://a.blob.core.windows.net', AZURE_STORAGE_CONTAINER: 'Bot_State' }), [
      'AZURE_STORAGE_CONTAINER: must be 3 to 63 lowercase letters, digits and single dashes, starting and ending with a letter or digit',
    ]);
    assert.deepEqual(
      problems({ PORT: 'abc', STORAGE: 'x' }),
      ['PORT: must be a whole number between 0 and 65535', 'STORAGE: must be sqlite or blob'],
      'all problems at once',
    );
    assert.throws(
      () => loadStorageConfig({ STORAGE: 'blob' }),
      (e: ConfigError) => e.problems[0].startsWith('AZURE_STORAGE_ACCOUNT_URL:'),
    );
    assert.deepEqual(loadStorageConfig({ DATA_DIR: '/a', PORT: 'not checked by the CLI' }, '/b'), { kind: 'sqlite', file: '/b/overlegbot.sqlite' });
  });
});
