// @ts-check
// One lint configuration for the repository: `npm run lint:code`. docs/contributing/README.md says what the
// rules are for and which of the recommended ones are left out.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', 'coverage/', 'data/', 'dashboard/src/gql/', 'shared/import-client/src/generated/', 'test/bench/results/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // Each file is checked with the tsconfig.json nearest to it, the one `npm run build` compiles it with.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Apollo Server's plugin hooks are async by their interface; an async function that does not await still
      // turns a throw into a rejection, which dropping `async` would change.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['dashboard/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // Judges memoization by what the React Compiler could keep; the dashboard is not compiled with it.
      'react-hooks/preserve-manual-memoization': 'off',
      // The pages reset a text field's draft when the URL it mirrors changes, in an effect: one extra render, no bug.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  prettier,
);
