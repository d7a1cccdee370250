/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- a test of a development tool: it writes fixtures and runs the tool as a child process */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const CHECKER = path.resolve(__dirname, '../../tools/check-cycles.js');

/** Writes `files` into a fresh temporary folder and returns its path. */
function fixture(files: Record<string, string>): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-cycles-test-'));
	for (const [name, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		fs.writeFileSync(path.join(dir, name), text);
	}
	return dir;
}

function runChecker(args: string[], cwd: string) {
	const result = spawnSync(process.execPath, [CHECKER, ...args], { cwd, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('tools/check-cycles.js', () => {
	const dirs: string[] = [];
	afterAll(() => {
		for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
	});

	it('fails on a value import cycle and prints it', () => {
		const dir = fixture({
			'a.ts': "import { b } from './b';\nexport const a = () => b();\n",
			'b.ts': "import { type C, c } from './c';\nexport const b = (): C => c();\n",
			'c.ts':
				"import { a } from './a';\nexport type C = number;\nexport const c = (): C => (a ? 1 : 0);\n",
			'd.ts': "import { a } from './a';\nexport const d = a;\n",
		});
		dirs.push(dir);
		const { status, output } = runChecker(['.'], dir);
		expect(status).toBe(1);
		expect(output).toContain('a.ts -> b.ts -> c.ts -> a.ts');
		expect(output).not.toContain('d.ts');
	});

	it('passes when the only way back is a type-only import', () => {
		const dir = fixture({
			'a.ts': "import { b } from './b';\nexport interface A { n: number }\nexport const a = b;\n",
			'b/index.ts': "export * from './c';\nexport const b = 1;\n",
			'b/c.ts':
				"import type { A } from '../a';\nexport type { A as A2 } from '../a';\nexport const c = (x: A) => x.n;\n",
		});
		dirs.push(dir);
		const { status, output } = runChecker(['.'], dir);
		expect(status).toBe(0);
		expect(output).toContain('no import cycles in 3 modules');
	});

	it('passes its own self-test', () => {
		const { status, output } = runChecker(['--self-test'], os.tmpdir());
		expect(status).toBe(0);
		expect(output).toContain('self-test: ok');
	});
});
