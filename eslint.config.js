import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist-*', 'native', 'test-results', 'playwright-report', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Type-aware rules: each file is checked with the tsconfig that owns it (renderer/ has its own).
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests: vitest's asymmetric matchers (expect.stringMatching …) are typed `any`, and stand-ins may be async without awaiting.
    files: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/require-await': 'off',
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
          { regex: '/db/(?!common/)', message: 'The renderer may import only db/common/ (renderer/tsconfig.json enforces it too).' },
        ],
      }],
    },
  },
  {
    files: ['db/common/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ regex: '^(node:|better-sqlite3|electron|\\.\\./)', message: 'db/common/ is pure TypeScript: the renderer imports it too.' }],
      }],
    },
  },
  {
    // Migrations are frozen history: SQL only, never live code that may change under them.
    files: ['db/migrations/0*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!better-sqlite3$)', message: 'A migration is self-contained: it imports nothing but better-sqlite3 types.' }],
      }],
    },
  },
  {
    // The hosts never touch SQLite: they send contract calls to the core runner (db/runner).
    files: ['electron/**/*.ts', 'web/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          regex: '^better-sqlite3$|/db/(journal|journal-reads|bulk-insert|handlers|open|list|search|markdown|insights|read-side)(/|$)',
          message: 'Hosts call the journal core through db/runner; they never open SQLite themselves.',
        }],
      }],
    },
  },
);
