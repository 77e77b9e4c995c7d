import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const engineBans = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['phaser', 'phaser/*'], message: 'The engine must not depend on Phaser.' },
        { group: ['howler'], message: 'The engine must not depend on Howler.' },
        {
          group: ['**/scenes/**', '**/ui/**', '**/stage/**', '**/audio/**', '**/platform/**', '**/app/**'],
          message: 'The engine must not depend on the presentation layers.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    'window',
    'document',
    'navigator',
    'localStorage',
    'location',
    'HTMLElement',
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded RNG in state.' },
    { object: 'Date', property: 'now', message: 'The engine is pure: pass time in.' },
  ],
};

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/.out/', '.e2e-build/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with textContent.' },
        { property: 'outerHTML', message: 'Build DOM with textContent.' },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: {} },
    rules: engineBans,
  },
);
