// @ts-check
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

/** The only files in src/main allowed to touch Electron: the desktop shell itself. */
const electronShellFiles = [
  'src/main/index.ts',
  'src/main/window.ts',
  'src/main/menu.ts',
  'src/main/ipc.ts',
  'src/main/security.ts',
]

const noElectron = {
  name: 'electron',
  message:
    'Only the Electron shell files (index, window, menu, ipc, security) may import electron.',
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: electronShellFiles,
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/shared runs everywhere: no Electron.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'src/shared runs in the renderer too: no Node built-ins.',
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer is sandboxed: it talks only through window.api.',
            },
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node.' })),
          ],
          patterns: [
            {
              group: ['**/main/**', '**/preload/**'],
              message:
                'The renderer imports nothing from main or preload: ask through the api client.',
            },
          ],
        },
      ],
    },
  },
  prettier,
)
