import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { domainPurity } from './domain-purity.js';

/**
 * The one lint setup for the whole repository: typed typescript-eslint rules,
 * Prettier owns formatting, and the domain-purity block for packages/domain.
 */
export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      'bench/results/**',
      'apps/game/test-results/**',
      'apps/game/playwright-report/**',
      '**/*.tmp.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read environment variables only in the env module of a package.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['apps/game/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Config, env and test-harness modules are where process.env is read.
    files: [
      '**/env.ts',
      '**/*.config.ts',
      '**/*.config.js',
      '**/test/**/*.ts',
      '**/e2e/**/*.ts',
      '**/bench/**/*.ts',
      '.ci/**',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  domainPurity,
  prettier,
);
