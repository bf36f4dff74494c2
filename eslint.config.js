import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folder import rules of DESIGN.md: the arrows a reader can rely on. */
const noElectronOrNode = [{ name: 'electron', message: '渲染进程不得直接使用 Electron：请通过 platform/api.ts。' }];
const nodePattern = { group: ['node:*'], message: '渲染进程不得使用 Node 模块。' };
const uiAndStorePatterns = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'domain 是纯 TypeScript，不能依赖 React。' },
  { group: ['@mui/*'], message: 'domain 不能依赖 MUI。' },
  { group: ['dexie', 'dexie-*'], message: 'domain 不能依赖 Dexie。' },
  {
    group: ['**/app/*', '**/features/*', '**/db/*', '**/documents/*', '**/io/*', '**/platform/*'],
    message: 'domain 不依赖应用的其他部分。',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      '.tsbuild/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/output/**',
      'tests/bench/results/**',
      'tests/bench/.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: noElectronOrNode, patterns: [nodePattern] }],
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: noElectronOrNode, patterns: [nodePattern, ...uiAndStorePatterns] }],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts', 'renderer/src/documents/**/*.ts', 'renderer/src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectronOrNode,
          patterns: [
            nodePattern,
            { group: ['**/app/*', '**/features/*'], message: 'db、documents、io 只依赖 domain，不依赖界面。' },
            { group: ['react', 'react-dom', '@mui/*'], message: 'db、documents、io 不依赖 React/MUI。' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/*', '**/renderer'], message: 'Electron 主进程不得引用 renderer。' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Asymmetric matchers (expect.any, expect.stringContaining) are typed `any` by design.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
);
