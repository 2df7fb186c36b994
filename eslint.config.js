import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist-*', 'native', 'test-results', 'playwright-report', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { regex: '^(node:|better-sqlite3|electron)', message: 'The renderer talks to the host API only.' },
          { regex: '/db/(?!shared/|model$)', allowTypeImports: true, message: 'The renderer may import db/ types, and runtime code only from db/model and db/shared/.' },
        ],
      }],
    },
  },
  {
    files: ['db/shared/**/*.ts', 'db/model.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ regex: '^(node:|better-sqlite3|electron|\\.\\./)', message: 'db/model and db/shared/ are pure: the renderer imports them too.' }],
      }],
    },
  },
);
