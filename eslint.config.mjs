// Lint: the layer rules (dependencies point one way) and typescript-eslint's recommended checks.
// Layers, from the inside out: domain → i18n/understand/schedule → services/store → present → features/scheduler → bot/server/cli.
// Nothing imports the CLI; the scheduler, the server and the CLI never import the bot.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const outer = (...dirs) =>
  dirs.map((d) => ({ group: [`**/${d}`, `**/${d}/**`], message: `this layer must not depend on ${d}/ (see ARCHITECTURE.md, layers)` }));
const framework = [
  'botbuilder',
  'botbuilder-*',
  '@microsoft/*',
  'restify',
  'pino',
  'better-sqlite3',
  '@azure/*',
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
].map((p) => ({
  group: [p],
  message: 'the domain core imports no framework, I/O or Node module: take what it needs as parameters',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'appPackage/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        setImmediate: 'readonly',
        structuredClone: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Plain Node scripts (CommonJS), and tests that load them as such.
    files: ['**/*.js', 'test/appPackage/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...framework,
            ...outer('i18n', 'understand', 'services', 'store', 'present', 'features', 'scheduler', 'bot', 'schedule', 'env', 'ics', 'export', 'cli'),
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'the domain takes now, the zone and settings as parameters' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'no clock in the domain: take now as a parameter' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'no clock in the domain: take now as a parameter' },
      ],
    },
  },
  {
    files: ['src/i18n/**/*.ts', 'src/understand/**/*.ts', 'src/schedule/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: outer('services', 'store', 'present', 'features', 'scheduler', 'bot', 'cli') }] },
  },
  {
    files: ['src/store/**/*.ts', 'src/services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: outer('present', 'features', 'scheduler', 'bot', 'cli') }] },
  },
  {
    files: ['src/present/**/*.ts', 'src/ics/**/*.ts', 'src/export/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: outer('features', 'scheduler', 'bot', 'store', 'cli') }] },
  },
  {
    // The scheduler, the HTTP server and the CLI reach people through the notifier port and the presentation layer, never the bot.
    files: ['src/scheduler/**/*.ts', 'src/server.ts', 'src/cli.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: outer('bot', 'cli') }] },
  },
  {
    files: ['src/features/**/*.ts', 'src/bot/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: outer('cli') }] },
  },
);
