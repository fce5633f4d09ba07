// The domain package must run bit-for-bit the same in the browser and on the
// server, so it may not touch the platform: no I/O, no clock, no ambient
// randomness, no rendering or server frameworks. These rules make that a lint
// error instead of a code-review hope.

const forbiddenModules = [
  'phaser',
  'fastify',
  '@fastify/*',
  '@trpc/*',
  'better-sqlite3',
  'pg',
  'postgres',
  'kysely',
  'drizzle-orm',
  'ioredis',
  'redis',
];

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'child_process',
  'worker_threads',
  'process',
  'url',
  'util',
  'stream',
  'events',
  'timers',
];

/** Globals that only exist in one runtime, or that leak time and I/O. */
const forbiddenGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'fetch',
  'XMLHttpRequest',
  'requestAnimationFrame',
  'setTimeout',
  'setInterval',
  'performance',
  'process',
  'Buffer',
  'require',
  '__dirname',
  'global',
].map((name) => ({
  name,
  message: `The domain is pure: '${name}' is platform state. Pass what you need in as data.`,
}));

/**
 * Functions the ECMAScript spec lets engines approximate: a replay on the
 * server must match the browser bit for bit, so the domain uses its own.
 * (Math.sqrt, +, −, ×, ÷ are correctly rounded everywhere and stay allowed.)
 */
const engineDependentMath = [
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'pow',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'cbrt',
  'hypot',
];

/** @type {import('eslint').Linter.RulesRecord} */
export const domainPurityRules = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['node:*'],
          message: 'The domain is pure: no Node built-ins.',
        },
        {
          group: [...forbiddenModules, ...nodeBuiltins],
          message:
            'The domain is pure: no rendering, server, database or Node modules. Only zod and other pure code.',
        },
      ],
    },
  ],
  'no-restricted-globals': ['error', ...forbiddenGlobals],
  'no-restricted-properties': [
    'error',
    {
      object: 'Math',
      property: 'random',
      message: 'Use the seeded PRNG in src/prng: same seed, same game, everywhere.',
    },
    {
      object: 'Date',
      property: 'now',
      message: 'The domain has no clock: pass the time in as an explicit input.',
    },
    {
      object: 'globalThis',
      message: 'The domain is pure: no ambient platform state.',
    },
    ...engineDependentMath.map((property) => ({
      object: 'Math',
      property,
      message: `Math.${property} may differ in the last bit between JavaScript engines: use src/math/det-math.ts.`,
    })),
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date']",
      message: 'The domain has no clock: pass the time in as an explicit input.',
    },
    {
      selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
      message:
        '** is Math.pow, which may differ between engines: use pow from src/math/det-math.ts.',
    },
  ],
};

/** Flat-config block applying the purity rules to the domain's source. */
export const domainPurity = {
  name: 'smile-curve/domain-purity',
  files: ['packages/domain/src/**/*.ts'],
  ignores: ['packages/domain/src/**/*.test.ts'],
  rules: domainPurityRules,
};
