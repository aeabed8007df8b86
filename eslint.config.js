import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', 'src/data/index.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/taskpane/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/taskpane/sw.template.js'],
    languageOptions: { globals: { ...globals.serviceworker, __FILES__: 'readonly' } },
  },
  {
    // The pure core runs in Excel, the browser and Node alike: no platform imports.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The core must not use Node.' },
            {
              group: ['exceljs', 'react', 'react-dom', '@fluentui/*'],
              message: 'The core must not use a library of the adapters or the UI.',
            },
            {
              group: ['**/workbook/**', '**/taskpane/**', '**/cli/**'],
              message: 'The core must not depend on outer layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process'],
    },
  },
  {
    // UI components reach workbooks only through the WorkbookPort interface.
    files: ['src/taskpane/**/*.tsx'],
    rules: {
      'no-restricted-globals': ['error', 'Excel'],
      'no-restricted-imports': ['error', { patterns: [{ group: ['exceljs'], message: 'Use the WorkbookPort.' }] }],
    },
  },
  prettier,
);
