import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** An import of a folder of `src/` other than the importing file's own and the ones listed. */
const outside = (...allowed) => `^(\\.\\./)+(?!(${allowed.join('|')})(/|$))`;
/** An import of one of the listed folders of `src/`. */
const into = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

const engineBans = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['phaser', 'phaser/*'], message: 'The engine must not depend on Phaser.' },
        { group: ['howler'], message: 'The engine must not depend on Howler.' },
        {
          regex: outside('engine', 'lib', 'content'),
          message: 'The engine depends only on the content schema and src/lib, not on the layers above it.',
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
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/.out/',
      '.e2e-build/',
      'server-build/',
    ],
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
  {
    files: ['src/lib/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: outside('lib'), message: 'src/lib holds plain helpers that depend on no other folder.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into('engine'),
              allowTypeImports: true,
              message: "Content may name the engine's types (import type), but not run its code.",
            },
            {
              regex: into('app', 'scenes', 'ui', 'stage', 'audio', 'platform'),
              message: 'Content is data and its schema: it does not depend on the layers that show it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into('app', 'scenes'),
              message:
                'Screens take the data and callbacks they need (src/ui/screen-context.ts), not the app or its scenes.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/stage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into('app', 'scenes', 'ui'),
              message: 'The stage takes what it draws through its StageContext (src/stage/stage-context.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Live sessions' protocol and logic run in the browser and on the server alike: no DOM, no Node.
    files: ['src/live/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/live runs in the browser too: no Node modules.' },
            {
              regex: outside('live', 'engine', 'lib', 'content'),
              message: 'src/live depends only on the engine, the content and src/lib.',
            },
          ],
        },
      ],
    },
  },
);
