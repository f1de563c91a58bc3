// ESLint over the TypeScript sources (typescript-eslint's type-checked rules) and the
// JavaScript of tests, benchmarks and build scripts (ESLint's recommended rules).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'reports/', 'bench/out/', 'bench/out-memory/', '.stryker-tmp/', 'test-results/'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `const { left: _left, ...rest } = x` is how a property is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{mjs,cjs,js}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Parts of these run in a browser page (Playwright's page.evaluate).
    files: ['test/e2e/**', 'test/cli/html-report.test.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
