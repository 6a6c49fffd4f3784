// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const FEATURES = ['action-items', 'agreements', 'api-keys', 'areas', 'auth', 'calendar', 'contact-routes', 'councils', 'follow-up', 'indicators', 'initiatives', 'inquiries', 'meetings', 'organizations', 'overview', 'people', 'public', 'reports', 'situation-pictures', 'topics'];

/**
 * The boundaries: a feature may import from src/lib, src/components, src/api, src/i18n, src/testing
 * and itself, never from another feature; shared code (lib, components, api, i18n) imports no feature
 * and no app code. Only src/app composes features (router, providers).
 */
function featureBoundary(feature) {
  const others = FEATURES.filter((f) => f !== feature);
  return {
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...others.map((f) => `@/features/${f}`), ...others.map((f) => `@/features/${f}/**`), '**/../../*/**', '@/app', '@/app/**'],
              message:
                'A feature imports only from src/lib, src/components, src/api, src/i18n, src/testing and itself. Move shared code to src/lib or src/components.',
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Labels are associated with htmlFor/id throughout; nesting is not required.
      'jsx-a11y/label-has-associated-control': ['error', { assert: 'either' }],
    },
  },
  ...FEATURES.map(featureBoundary),
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/api/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features', '@/features/**', '@/app', '@/app/**', '**/features/**', '**/app/**'],
              message: 'Shared code (lib, components, api, i18n) must not import features or the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
