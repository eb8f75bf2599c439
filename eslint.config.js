// Lint with the import boundaries that keep the design visible:
// shared/ is pure TypeScript (no Electron, Node, React or DOM); renderer/ never reaches into electron/;
// only electron/main.ts and electron/preload.ts may import 'electron'.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'worker_threads'];
const nodeBuiltinPatterns = [
  { group: ['node:*'], message: 'shared/ 与 renderer/ 不得依赖 Node。' },
  ...NODE_BUILTINS.map((name) => ({ group: [name, `${name}/*`], message: 'shared/ 与 renderer/ 不得依赖 Node。' })),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: '只有 electron/main.ts 与 electron/preload.ts 可以导入 electron。' }] },
      ],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'slate-react', 'better-sqlite3'],
          patterns: [
            ...nodeBuiltinPatterns,
            { group: ['react/*', 'react-dom/*'], message: 'shared/ 不得依赖 React。' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ 不得依赖 electron/ 或 renderer/。' },
          ],
        },
      ],
    },
    languageOptions: { globals: {} },
  },
  {
    files: ['renderer/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3'],
          patterns: [...nodeBuiltinPatterns, { group: ['**/electron/**'], message: 'renderer/ 不得导入 electron/。' }],
        },
      ],
    },
  },
  // The React Compiler-era hook rules (rules of hooks, refs, effects) for every file that renders or calls hooks;
  // missing effect dependencies are an error, since a stale closure there means a save or a refresh that never comes.
  {
    files: ['renderer/src/**/*.{ts,tsx}', 'test/component/**/*.{ts,tsx}'],
    plugins: reactHooks.configs.flat.recommended.plugins,
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  // Inside the services, dependencies point down: contract → handlers → services → db tables.
  // The table modules use only shared/, each other, node, better-sqlite3, zod and the paths leaf;
  // no service reaches up into handlers/ (what both need lives in a service, e.g. issues/require.ts).
  {
    files: ['electron/services/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: '只有 electron/main.ts 与 electron/preload.ts 可以导入 electron。' }],
          patterns: [{ regex: '^\\.\\./(?!paths$)[^.]', message: 'db/ 的表模块不得依赖其上的服务。' }],
        },
      ],
    },
  },
  {
    files: ['electron/services/**'],
    ignores: ['electron/services/handlers/**', 'electron/services/db/**', 'electron/services/dispatch.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: '只有 electron/main.ts 与 electron/preload.ts 可以导入 electron。' }],
          patterns: [{ regex: '(^|/)handlers(/|$)', message: '服务模块不得依赖 handlers/（handlers 在服务之上）。' }],
        },
      ],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
