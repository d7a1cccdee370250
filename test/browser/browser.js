#!/usr/bin/env node
'use strict';
/*
 * npm run test:browser — what a user sees of the Leonar node in the n8n editor, in a real headless Chromium.
 *
 * Starts the same stack as `npm start` (fresh user folder under .n8n-runtime/browser-home, free ports), then with
 * Debian's chromium driven by puppeteer-core (installed into .n8n-runtime/browser from
 * tools/browser-runtime/package-lock.json; no browser download): signs in through the form, opens a new
 * workflow, adds a manual trigger, opens the node panel, searches "Leonar", opens the node's actions, picks
 * "Create a contact", and checks the node panel: every resource, every Contact operation with its scope hint,
 * the credential picker. Screenshots go to .artifacts/screenshots/; BROWSER_DOCS_SCREENSHOT=1 also copies the
 * node panel shot to docs/leonar-node.png.
 *
 * Env: E2E_N8N=2 (default) | 1     which n8n; BROWSER_SKIP_BUILD=1 use the existing dist/
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const runtime = require('../../tools/runtime');
const lib = require('../../tools/lib/n8n');
const { startStack } = require('../../tools/lib/stack');

const { REPO, RUNTIME_DIR } = runtime;
const SHOTS = path.join(REPO, '.artifacts', 'screenshots');
const BROWSER_DIR = path.join(RUNTIME_DIR, 'browser');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const procs = new lib.Processes();
const results = [];

function check(name, fn) {
	return { name, fn };
}

function ensureChromium() {
	if (fs.existsSync(CHROMIUM)) return;
	console.log('# installing Debian chromium (apt-get)');
	const opts = {
		stdio: 'inherit',
		timeout: 10 * 60 * 1000,
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	};
	const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
	const run = (args) => {
		const r = spawnSync(sudo[0] || args[0], sudo.length ? args : args.slice(1), opts);
		if (r.status !== 0) throw new Error(`${args.join(' ')} failed`);
	};
	run(['apt-get', 'update']);
	run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
}

function ensurePuppeteer() {
	const spec = path.join(REPO, 'tools', 'browser-runtime');
	const lock = fs.readFileSync(path.join(spec, 'package-lock.json'), 'utf8');
	const marker = path.join(BROWSER_DIR, '.ready.json');
	if (
		lib.readJson(marker)?.lock !==
		lock.length + ':' + require('crypto').createHash('sha256').update(lock).digest('hex')
	) {
		fs.mkdirSync(BROWSER_DIR, { recursive: true });
		for (const f of ['package.json', 'package-lock.json'])
			fs.copyFileSync(path.join(spec, f), path.join(BROWSER_DIR, f));
		runtime.run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
			cwd: BROWSER_DIR,
			env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
			quiet: true,
		});
		fs.writeFileSync(
			marker,
			JSON.stringify({
				lock: lock.length + ':' + require('crypto').createHash('sha256').update(lock).digest('hex'),
			}),
		);
	}
	return require(path.join(BROWSER_DIR, 'node_modules', 'puppeteer-core'));
}

const sleep = lib.sleep;

/** Waits (bounded) until fn() returns something truthy. */
async function until(what, fn, timeoutMs = 15000) {
	const deadline = Date.now() + timeoutMs;
	let last;
	for (;;) {
		try {
			last = await fn();
			if (last) return last;
		} catch (error) {
			last = error;
		}
		if (Date.now() > deadline)
			throw new Error(
				`timed out waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`,
			);
		await sleep(200);
	}
}

async function texts(page, selector) {
	return page.$$eval(selector, (els) =>
		els.filter((e) => e.offsetParent !== null).map((e) => e.innerText.trim()),
	);
}

async function clickByText(page, selector, text) {
	const handles = await page.$$(selector);
	for (const h of handles) {
		const t = await h.evaluate((e) => e.innerText.trim());
		if (t === text || t.split('\n')[0].trim() === text) {
			await h.scrollIntoView();
			await h.click();
			return true;
		}
	}
	return false;
}

async function main() {
	const started = Date.now();
	procs.installSignalHandlers();
	fs.mkdirSync(SHOTS, { recursive: true });
	ensureChromium();
	const puppeteer = ensurePuppeteer();

	// what the node describes (the source of truth for the assertions)
	if (!process.env.BROWSER_SKIP_BUILD) lib.buildPackage();
	const { Leonar } = require(path.join(REPO, 'dist', 'nodes', 'Leonar', 'Leonar.node.js'));
	const description = new Leonar().description;
	const resources = description.properties.find((p) => p.name === 'resource').options;
	const contactOps = description.properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('contact'),
	).options;

	const flavour = process.env.E2E_N8N === '1' ? '1' : '2';
	const userFolder = path.join(RUNTIME_DIR, `browser-home-${flavour}`);
	fs.rmSync(userFolder, { recursive: true, force: true });
	const stack = await startStack({
		procs,
		userFolder,
		flavour,
		build: false,
		port: await lib.freePort(),
		simPort: await lib.freePort(),
		brokerPort: await lib.freePort(),
		log: (m) => console.log(`# ${m}`),
	});
	console.log(
		`# n8n ${stack.rt.flavour.n8nVersion} ready at ${stack.base} (${Math.round((Date.now() - started) / 1000)} s)`,
	);

	const browser = await puppeteer.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
	});
	const page = await browser.newPage();
	page.setDefaultTimeout(20000);
	await page.setViewport({ width: 1440, height: 900 });
	const shot = (name) => page.screenshot({ path: path.join(SHOTS, `${flavour}-${name}.png`) });

	const steps = [
		check('sign in through the login form', async () => {
			await page.goto(`${stack.base}/signin`, { waitUntil: 'networkidle2' });
			await page.waitForSelector('input[name="emailOrLdapLoginId"], input[type="email"]');
			await page.type('input[name="emailOrLdapLoginId"], input[type="email"]', stack.owner.email);
			await page.type('input[name="password"], input[type="password"]', stack.owner.password);
			await page.click('[data-test-id="form-submit-button"]');
			await until('leaving the sign-in page', async () => !page.url().includes('/signin'));
		}),
		check('new workflow with a manual trigger', async () => {
			await page.goto(`${stack.base}/workflow/new`, { waitUntil: 'networkidle2' });
			const add = await page.waitForSelector('[data-test-id="canvas-add-button"]');
			await sleep(500);
			await add.click();
			await page.waitForSelector('[data-test-id="node-creator"]');
			await page.keyboard.type('manual');
			await sleep(800);
			await page.keyboard.press('Enter');
			await until('the trigger on the canvas', () =>
				page.$('[data-test-id="canvas-trigger-node"], [data-test-id="canvas-node"]'),
			);
			await sleep(500);
			await page.keyboard.press('Escape');
		}),
		check('node panel: searching "Leonar" finds the node', async () => {
			const plus = await until('the node panel button', () =>
				page.$('[data-test-id="node-creator-plus-button"]'),
			);
			await plus.click();
			await page.waitForSelector('[data-test-id="node-creator"]');
			await page.keyboard.type('Leonar');
			const names = await until('search results', async () => {
				const t = await texts(page, '[data-test-id="node-creator-item-name"]');
				return t.includes('Leonar') ? t : undefined;
			});
			await shot('1-node-panel-search');
			if (!names.includes('Leonar')) throw new Error(`results: ${names.join(', ')}`);
		}),
		check('actions panel: one group per resource, every Contact action label', async () => {
			const items = await page.$$('[data-test-id="item-iterator-item"]');
			let opened = false;
			for (const h of items) {
				const t = await h.evaluate((e) => e.innerText.trim());
				if (t.split('\n')[0].trim() === 'Leonar') {
					await h.click();
					opened = true;
					break;
				}
			}
			if (!opened) throw new Error('no "Leonar" item to open');
			let previous = '';
			const listed = await until('the action list', async () => {
				const t = await page.$$eval('[data-test-id="item-iterator-item"]', (els) =>
					els.map((e) => e.innerText.trim()),
				);
				const key = t.join('|');
				const stable = key === previous && t.some((x) => /^Contact Actions$/i.test(x));
				previous = key;
				return stable ? t : undefined;
			});
			await shot('2-actions');
			const missing = [];
			for (const r of resources)
				if (!listed.some((x) => x.toLowerCase() === `${r.name} actions`.toLowerCase()))
					missing.push(`group "${r.name} Actions"`);
			for (const o of contactOps)
				if (!listed.includes(o.action)) missing.push(`action "${o.action}"`);
			if (missing.length) throw new Error(`missing ${missing.join(', ')}`);
		}),
		check(
			'"Create a contact" opens the node with Resource Contact and Operation Create',
			async () => {
				const ok = await clickByText(
					page,
					'[data-test-id="item-iterator-item"]',
					'Create a contact',
				);
				if (!ok) throw new Error('no "Create a contact" action');
				await page.waitForSelector('[data-test-id="ndv"]');
				await page.waitForSelector('[data-test-id="parameter-input-resource"] input');
				await sleep(800);
				const resource = await page.$eval(
					'[data-test-id="parameter-input-resource"] input',
					(e) => e.value,
				);
				const operation = await page.$eval(
					'[data-test-id="parameter-input-operation"] input',
					(e) => e.value,
				);
				if (resource !== 'Contact' || operation !== 'Create')
					throw new Error(`resource "${resource}", operation "${operation}"`);
			},
		),
		check('credential picker preselects "Leonar (local simulator)"', async () => {
			const value = await until('the credential picker', () =>
				page
					.$eval('[data-test-id="node-credentials-select"] input', (e) => e.value)
					.catch(() => ''),
			);
			if (value !== stack.credentialName) throw new Error(`credential picker shows "${value}"`);
			await shot('3-node-panel');
		}),
		check('Resource dropdown lists every resource', async () => {
			await page.click('[data-test-id="parameter-input-resource"]');
			const shown = await until('the resource options', async () => {
				const t = await texts(
					page,
					'[data-test-id="parameter-input-item"], .el-select-dropdown__item',
				);
				return t.length >= resources.length ? t : undefined;
			});
			await shot('4-resources');
			const names = shown.map((t) => t.split('\n')[0].trim());
			const missing = resources.filter((r) => !names.includes(r.name)).map((r) => r.name);
			await page.keyboard.press('Escape');
			await sleep(300);
			if (missing.length)
				throw new Error(`missing ${missing.join(', ')} (shown: ${names.join(', ')})`);
		}),
		check('Operation dropdown: every Contact operation with its scope hint', async () => {
			await page.click('[data-test-id="parameter-input-operation"]');
			const shown = await until('the operation options', async () => {
				const t = await texts(
					page,
					'[data-test-id="parameter-input-item"], .el-select-dropdown__item',
				);
				return t.length >= contactOps.length ? t : undefined;
			});
			await sleep(300);
			await shot('5-operations');
			const problems = [];
			for (const o of contactOps) {
				const item = shown.find((t) => t.split('\n')[0].trim() === o.name);
				if (!item) problems.push(`operation "${o.name}" not listed`);
				else {
					const scopes = (o.description || '').match(/contacts:(read|write|delete)/g) || [];
					if (!scopes.length) problems.push(`"${o.name}" has no scope hint in its description`);
					for (const s of scopes)
						if (!item.includes(s)) problems.push(`"${o.name}" does not show ${s}`);
				}
			}
			if (problems.length) throw new Error(problems.join('; '));
		}),
	];

	for (const step of steps) {
		const t0 = Date.now();
		try {
			await step.fn();
			results.push({ name: step.name, ok: true, ms: Date.now() - t0 });
		} catch (error) {
			results.push({
				name: step.name,
				ok: false,
				ms: Date.now() - t0,
				error: error.message.split('\n')[0],
			});
			await shot(`failed-${results.length}`).catch(() => {});
			if (results.length <= 5) break; // later steps depend on the node panel being open
		}
	}

	const docsShot = path.join(SHOTS, `${flavour}-5-operations.png`);
	if (
		process.env.BROWSER_DOCS_SCREENSHOT &&
		fs.existsSync(docsShot) &&
		results.every((r) => r.ok)
	) {
		fs.mkdirSync(path.join(REPO, 'docs'), { recursive: true });
		fs.copyFileSync(docsShot, path.join(REPO, 'docs', 'leonar-node.png'));
		console.log('# copied the node panel screenshot to docs/leonar-node.png');
	}
	await browser.close();
	await procs.stopAll();
	fs.rmSync(userFolder, { recursive: true, force: true });

	for (const r of results)
		console.log(
			`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.ms} ms)${r.ok ? '' : `\n       ${r.error}`}`,
		);
	const skipped = steps.length - results.length;
	console.log(
		`# n8n ${stack.rt.flavour.n8nVersion}, ${((Date.now() - started) / 1000).toFixed(1)}s, screenshots in ${path.relative(REPO, SHOTS)}/`,
	);
	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed + skipped;
	console.log(`${passed} passed, ${failed} failed`);
	process.exitCode = failed ? 1 : 0;
}

main().catch(async (error) => {
	console.error(`browser: ${error.stack || error.message}`);
	await procs.stopAll();
	console.log('0 passed, 1 failed');
	process.exit(1);
});
