/**
 * The dashboard in a real browser (Debian's chromium, driven by puppeteer-core): what a person sees, no console
 * errors, no request to any server, the same with JavaScript off and in print. Keeps a screenshot in artifacts/.
 * Install the browser with scripts/ci-browser.sh; under CI=true a missing browser fails this test.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { runRollup } from '../../src/rollup/run.js';
import { renderDashboard } from '../../src/report/dashboard/render.js';
import { ROOT } from '../support/run-dist.js';
import { AS_OF, COMPANY_YML, NOW, teamReport, THREE_TEAMS } from './support.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (path): path is string => Boolean(path),
);
const chromium = CANDIDATES.find((path) => existsSync(path));
const inCi = process.env.CI === 'true';
const HOSTILE = '<img src="https://attacker.example/x.png" onerror="alert(1)"> Hostile & "quoted"';

describe.skipIf(!chromium && !inCi)('the dashboard in chromium', () => {
  let browser: Browser;
  let profile: string;
  let url: string;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!chromium) {
      throw new Error(
        `chromium not found (looked at ${CANDIDATES.join(', ')}): run scripts/ci-browser.sh before the tests`,
      );
    }
    const teams = THREE_TEAMS.map((team, i) =>
      i === 1 ? { ...team, objectives: [{ ...team.objectives[0]!, title: HOSTILE }, team.objectives[1]!] } : team,
    );
    const files = Object.fromEntries(teams.map((t) => [`${t.team}.json`, JSON.stringify(teamReport(t))]));
    const result = await runRollup({
      companyFile: 'okrs/company.yml',
      companyText: COMPANY_YML,
      reportPaths: Object.keys(files),
      readReport: async (path) => files[path]!,
      asOf: new Date(AS_OF),
      now: NOW,
    });
    if (!result.ok) throw new Error('company file did not parse');
    const dir = mkdtempSync(join(tmpdir(), 'okr-dashboard-'));
    const file = join(dir, 'dashboard.html');
    writeFileSync(file, renderDashboard(result.view));
    url = pathToFileURL(file).href;
    profile = mkdtempSync(join(tmpdir(), 'okr-chromium-profile-'));
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      userDataDir: profile,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(options: { javaScript: boolean; media?: 'print' | 'screen' }): Promise<Page> {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(options.javaScript);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === url) return void request.continue();
      requests.push(request.url());
      void request.abort();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.setViewport({ width: 1200, height: 900 });
    await page.emulateMediaType(options.media ?? 'screen');
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  // innerText, not textContent: the tests read what a reader sees, with the gaps between table cells and headings.
  const texts = (page: Page, selector: string) =>
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text, with cell gaps, is what is checked
    page.$$eval(selector, (nodes) => nodes.map((n) => (n as HTMLElement).innerText.trim()));

  it('shows the company objectives, the teams serving each, their key results, trend and forecast', async () => {
    const page = await open({ javaScript: true });
    expect(await page.title()).toBe('Company OKRs · 2026-Q4');
    expect(await texts(page, 'section.objective h3')).toEqual([
      'Customers can always pay',
      'Grow the number of paying customers',
      'Keep customer data safe',
    ]);
    const headline = await texts(page, '.headline');
    expect(headline[0]).toMatch(/60%\s+off-track/);
    const reliability = await texts(page, '#objective-reliability .team h4');
    expect(reliability).toHaveLength(2);
    expect(reliability[0]).toMatch(/payments-platform\s+· Build the most reliable payment system\s+60%\s+at-risk/);
    const row = (await texts(page, '#objective-reliability .team tbody tr'))[0]!;
    expect(row).toContain('25m 47s');
    expect(row).toContain('45m → 10m');
    expect(row).toMatch(/→ 12m by Dec 31\s+on-track/);
    expect(await page.$$eval('#objective-reliability svg.spark path', (paths) => paths.length)).toBe(1);
    expect(await texts(page, '#objective-security .warning')).toEqual(['Uncovered: no team objective serves it.']);
    const stale = /platform\s+· CI people can trust\s+—\s+no-data\s+stale: measured 2026-11-18 09:00 UTC/;
    expect(reliability[1]).toMatch(stale);
    await page.close();
  });

  it('lists the uncovered, the unaligned and how fresh each report is', async () => {
    const page = await open({ javaScript: true });
    expect(await texts(page, '#uncovered li')).toEqual(['Keep customer data safe']);
    const unaligned = await texts(page, '#unaligned tbody tr');
    expect(unaligned).toHaveLength(2);
    expect(unaligned[1]).toMatch(/platform\s+Fast builds\s+reliabilty \(no such company objective\)/);
    const reports = await texts(page, '#reports tbody tr');
    expect(reports.map((r) => /\b(fresh|stale)$/.exec(r)?.[1])).toEqual(['fresh', 'fresh', 'stale']);
    await page.close();
  });

  it('shows hostile text as text: no element, no request', async () => {
    const page = await open({ javaScript: true });
    expect(await page.$$eval('img', (images) => images.length)).toBe(0);
    expect((await texts(page, '#objective-growth .team h4'))[1]).toContain(HOSTILE);
    await page.close();
  });

  it('reads the same without JavaScript and in print', async () => {
    const withJs = await open({ javaScript: true });
    // The page as read, not its source text: innerText follows the CSS, which textContent ignores.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what must match
    const expected = await withJs.$eval('body', (body) => body.innerText);
    await withJs.close();
    const withoutJs = await open({ javaScript: false });
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what must match
    expect(await withoutJs.$eval('body', (body) => body.innerText)).toBe(expected);
    await withoutJs.close();
    const print = await open({ javaScript: false, media: 'print' });
    const hidden = await print.$$eval('section', (sections) =>
      sections.filter((s) => (s as HTMLElement).offsetHeight === 0).map((s) => s.id),
    );
    expect(hidden).toEqual([]);
    expect((await print.pdf({ format: 'A4' })).length).toBeGreaterThan(1000);
    await print.close();
  });

  it('made no request and logged no error; keeps a screenshot', async () => {
    const page = await open({ javaScript: true });
    const folder = join(ROOT, 'artifacts');
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: join(folder, 'dashboard.png'), fullPage: true });
    await page.close();
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
