// @ts-check
/**
 * Lint: ESLint's recommended rules, typescript-eslint's recommended rules (no type
 * information, so a lint stays a few seconds) and eslint-plugin-astro for .astro files.
 * Formatting is Prettier's job (npm run format:check), so no stylistic rules here.
 */
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'public/', 'tests/fixtures/', 'bench-results/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring a field away).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Client scripts in .astro pages run in the browser.
    files: ['**/*.astro', 'src/scripts/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
