// Lint for the repository's plain-JavaScript tooling (tools/, the simulator, the real-n8n and browser
// suites), which the node's own lint config (eslint.config.mjs, n8n's strict default) does not cover:
// ESLint's recommended rules on CommonJS/ESM for Node.
import js from '@eslint/js';
import globals from 'globals';

export default [
	js.configs.recommended,
	{
		files: ['**/*.js'],
		languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: { ...globals.node } },
		rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
	},
	{
		files: ['**/*.mjs'],
		languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
	},
	{
		// Code the browser test runs inside the page.
		files: ['test/browser/**/*.js'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
	},
];
