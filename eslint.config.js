import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folder import rules of DESIGN.md: the arrows a reader can rely on, enforced here rather than by comments. */
const noElectronOrNode = [{ name: 'electron', message: '渲染进程不得直接使用 Electron：请通过 platform/api.ts。' }];
const nodePattern = { group: ['node:*'], message: '渲染进程不得使用 Node 模块。' };
const folder = (name) => [`**/${name}/*`, `**/${name}`];
const noReactOrMui = (who) => [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: `${who} 不依赖 React。` },
  { group: ['@mui/*'], message: `${who} 不依赖 MUI。` },
];
const uiAndStorePatterns = [
  ...noReactOrMui('domain 是纯 TypeScript，'),
  { group: ['dexie', 'dexie-*'], message: 'domain 不能依赖 Dexie。' },
  {
    group: ['app', 'ui', 'features', 'db', 'documents', 'io', 'platform'].flatMap(folder),
    message: 'domain 不依赖应用的其他部分。',
  },
];
/** lib/: small helpers with no knowledge of the app (bytes, time slicing), importable from every layer. */
const libPatterns = [
  ...noReactOrMui('lib'),
  { group: ['dexie', 'dexie-*'], message: 'lib 不能依赖 Dexie。' },
  {
    group: ['app', 'ui', 'features', 'db', 'documents', 'io', 'platform', 'domain'].flatMap(folder),
    message: 'lib 不依赖应用的任何部分。',
  },
];
const noInterface = (who) => ({
  group: ['app', 'ui', 'features', 'platform'].flatMap(folder),
  message: `${who} 不依赖界面和平台。`,
});
/** Only repositories (db/) touch the store; pages, components and the composition root go through them. */
const noStoreInUi = {
  group: ['dexie', 'dexie-react-hooks'],
  message: '界面代码不直接使用 Dexie：读写放在 db/repositories，订阅用 ui/use-live-query。',
};
/** The browser's own date inputs show mm/dd/yyyy on an English Windows and take no 2013.5.28: ui/DateField does. */
const noNativeDateInput = {
  selector: "JSXAttribute[name.name='type'][value.value=/^(date|month|time|datetime-local)$/]",
  message:
    '日期、月份、时间请用 ui/DateField、MonthField、TimeField：可按中文习惯输入，不随浏览器语言显示成 mm/dd/yyyy。',
};
const noDbMember = {
  selector: "MemberExpression[object.name='db']",
  message: '界面代码不直接访问数据库表（db.…）：请调用 db/repositories 中的函数。',
};

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
    files: ['renderer/src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: noElectronOrNode, patterns: [nodePattern, ...libPatterns] }],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts', 'renderer/src/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectronOrNode,
          patterns: [
            nodePattern,
            ...noReactOrMui('db、documents'),
            noInterface('db、documents'),
            { group: ['io', 'documents', 'db'].flatMap(folder), message: 'db、documents 只依赖 domain。' },
          ],
        },
      ],
    },
  },
  {
    // io turns the store into files and back (backup, restore, export) through db/'s functions; it never
    // holds a Dexie table itself.
    files: ['renderer/src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectronOrNode,
          patterns: [
            nodePattern,
            ...noReactOrMui('io'),
            noInterface('io'),
            { group: folder('documents'), message: 'io 不依赖 documents。' },
            {
              group: ['dexie', 'dexie-*'],
              message: 'io 不直接使用 Dexie：读写整库请用 db/whole-store 与 db/repositories。',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MemberExpression[object.name=/^(db|store|current|target)$/][property.name=/^(tables?|transaction|[a-z]+s)$/]',
          message: 'io 不直接访问数据库表：请调用 db/whole-store 或 db/repositories 中的函数。',
        },
      ],
    },
  },
  {
    files: ['renderer/src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectronOrNode,
          patterns: [
            nodePattern,
            noStoreInUi,
            { group: ['app', 'ui', 'features', 'db'].flatMap(folder), message: 'platform 不依赖界面和数据库。' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/features/**/*.{ts,tsx}', 'renderer/src/app/**/*.{ts,tsx}', 'renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: noElectronOrNode, patterns: [nodePattern, noStoreInUi] }],
      'no-restricted-syntax': ['error', noDbMember, noNativeDateInput],
    },
  },
  {
    // A feature's own query hook (use-*.ts) may subscribe with Dexie's liveQuery; it still reads through repositories.
    files: ['renderer/src/features/**/use-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: noElectronOrNode, patterns: [nodePattern, { ...noStoreInUi, group: ['dexie-*'] }] },
      ],
    },
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectronOrNode,
          patterns: [
            nodePattern,
            noStoreInUi,
            { group: folder('features'), message: 'ui 是共用组件，不依赖具体功能。' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/ui/use-live-query.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: noElectronOrNode, patterns: [nodePattern] }] },
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
