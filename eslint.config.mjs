import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Feature modules talk to each other only through path aliases, never `../../other-feature`. */
const noRelativeImportAcrossModules = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['../../*', '../../../*'],
          message: 'Import across modules and libs through a path alias (@api/…, @bulwark/…).',
        },
      ],
    },
  ],
};

/**
 * The edges between the API's feature modules (apps/api/src/modules/<feature>, one zone per folder, so a new
 * module is covered the day it is created). A module may import from another only its published interface:
 * - its services (`*.service.ts`) and readers (`*.reader.ts`: bulletins' BulletinReader is the one way another
 *   module reads bulletins; it owns its SQL, its aliases and its row types);
 * - its GraphQL types (`models/`) and its inputs and args (`dto/`);
 * - its Nest module class (`*.module.ts`);
 * - audit's vocabulary and unit of work, with which every module writes its records: `audit/audit-action.ts` (the
 *   trail's GraphQL enums) and `audit/audited-unit-of-work.ts`.
 * Everything else stays inside its module: repositories, SQL and SQL fragments, row types (`*-row.ts`), mappers,
 * entities. One exception: an entity may name another module's entity for a TypeORM relation (a foreign key).
 * Cross-cutting helpers that are not a feature's (`SqlParams`, `returnedRows`) live in apps/api/src/common.
 */
const MODULES = 'apps/api/src/modules';
const features = readdirSync(new URL(MODULES, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const PUBLISHED = [
  '**/*.service.ts',
  '**/*.reader.ts',
  '**/models/**',
  '**/dto/**',
  '**/*.module.ts',
  `**/${MODULES}/audit/audit-action.ts`,
  `**/${MODULES}/audit/audited-unit-of-work.ts`,
  // The portal's cookie session and a sign-in's client, for every way of signing in (passkey, single sign-on).
  `**/${MODULES}/sessions/session-cookies.ts`,
  `**/${MODULES}/sessions/session-client.ts`,
];
const moduleBoundaries = {
  'import-x/no-restricted-paths': [
    'error',
    {
      basePath: import.meta.dirname,
      zones: features.flatMap((feature) => {
        const others = features.filter((other) => other !== feature);
        const from = others.length > 1 ? `${MODULES}/{${others.join(',')}}/**` : `${MODULES}/${others[0]}/**`;
        const message = `Another feature module is reached through its published interface only (*.service.ts, *.reader.ts, models/, dto/, *.module.ts): see eslint.config.mjs.`;
        return [
          {
            target: [`${MODULES}/${feature}/*.ts`, `${MODULES}/${feature}/!(entities)/**`],
            from,
            except: PUBLISHED,
            message,
          },
          {
            target: `${MODULES}/${feature}/entities/**`,
            from,
            except: [...PUBLISHED, '**/entities/*.entity.ts'],
            message,
          },
        ];
      }),
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.nx/**',
      'data/**',
      '**/*.js',
      '**/*.mjs',
      'apps/web/src/graphql/generated/**',
      'libs/client/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'import-x/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
      ...noRelativeImportAcrossModules,
      ...moduleBoundaries,
    },
  },
  {
    // libs/ are pure: no framework, no database, and never the application.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'pg', '@electric-sql/*'],
              message: 'libs/ stay free of frameworks and drivers.',
            },
            { group: ['@api/*', '../../*'], message: 'libs/ never import the application.' },
          ],
        },
      ],
    },
  },
  {
    // The portal: React in the browser. It reaches the API over HTTP only, never its code.
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './apps/web/tsconfig.json' })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*', '../../../*'], message: 'Import through @web/… instead.' },
            {
              group: ['@api/*', '@bulwark/policy', '@bulwark/testing', '@nestjs/*', 'typeorm'],
              message: 'The portal talks to the API over HTTP only.',
            },
          ],
          paths: [
            {
              name: '@bulwark/domain',
              message: 'Its index loads node:net; the portal may import @bulwark/domain/jurisdiction only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The portal's browser tests drive the built server from outside, like test/: its support is theirs too.
    files: ['apps/web/e2e/**/*.ts'],
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './apps/web/e2e/tsconfig.json' })],
    },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@api/*', '@bulwark/*'], message: 'Browser tests reach the API over HTTP only.' }] },
      ],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
      'test/**/*.ts',
      '**/test-support/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
