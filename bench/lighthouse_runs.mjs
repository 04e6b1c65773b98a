// Runs Lighthouse (mobile defaults: simulated slow 4G, 4x CPU) for a list of jobs, one fresh
// Chromium per job, and prints one JSON line per job. Driven by bench/bench_web.py:
//
//   node bench/lighthouse_runs.mjs LIGHTHOUSE_DIR JOBS.json [SAVE_DIR]
//
// A job: {"id", "url", "sign_in": {"url", "phone", "password"} | null, "warm": bool}.
// Cold: Lighthouse's own storage reset (HTTP cache, service workers, Cache Storage; local
// storage, where the sign-in token lives, is kept). Warm: the page is visited once more, the
// service worker is left to install and take control, and Lighthouse runs without any reset.
import {createRequire} from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [lighthouseDir, jobsFile, saveDir] = process.argv.slice(2);
const require = createRequire(path.join(lighthouseDir, 'node_modules', 'noop.js'));
const lighthouse = (await import(require.resolve('lighthouse'))).default;
const puppeteer = (await import(require.resolve('puppeteer-core'))).default;

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
  // Chromium's own omnibox pop-up (a WebUI page that headless mode loads too) burns CPU
  // next to the page under test on a 2-core machine
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'];
const AUDITS = {
  fcp_ms: 'first-contentful-paint',
  lcp_ms: 'largest-contentful-paint',
  tbt_ms: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si_ms: 'speed-index',
  bytes: 'total-byte-weight',
};

async function signIn(browser, {url, phone, password, home}) {
  const page = await browser.newPage();
  await page.setViewport({width: 390, height: 844, isMobile: true, hasTouch: true});
  // the form works once the page is hydrated: wait for the first state delta on the websocket
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  const hydrated = new Promise((resolve) => cdp.on('Network.webSocketFrameReceived',
    (e) => { if (e.response.payloadData.startsWith('42')) resolve(); }));
  await page.goto(url, {waitUntil: 'load'});
  await hydrated;
  await page.locator('input[name=phone]').fill(phone);
  await page.locator('input[name=password]').fill(password);
  await Promise.all([
    page.waitForFunction((h) => location.pathname.replace(/\/$/, '') === h, {timeout: 30000},
      home),
    page.locator('form button[type=submit]').click(),
  ]);
  await page.close();
}

async function visitAndSettle(browser, url) {
  // A normal visit: the service worker registers on load, installs (precaching what it
  // precaches) and takes control; then one more visit is the "second visit" Lighthouse measures.
  const page = await browser.newPage();
  await page.goto(url, {waitUntil: 'networkidle0', timeout: 60000});
  await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return;
    const reg = await Promise.race([navigator.serviceWorker.ready,
      new Promise((r) => setTimeout(r, 10000))]);
    if (reg && reg.active && reg.active.state !== 'activated') {
      await new Promise((r) => setTimeout(r, 2000));
    }
  });
  await page.goto(url, {waitUntil: 'networkidle0', timeout: 60000});
  await page.close();
}

function summarise(job, lhr) {
  const out = {id: job.id, warm: !!job.warm, score: lhr.categories.performance.score};
  for (const [key, audit] of Object.entries(AUDITS)) {
    out[key] = lhr.audits[audit]?.numericValue ?? null;
  }
  out.requests = lhr.audits['network-requests']?.details?.items?.length ?? null;
  const redirects = lhr.audits['redirects'];
  out.redirect_ms = redirects?.numericValue ?? 0;
  out.redirect_urls = (redirects?.details?.items ?? []).map((i) => i.url);
  const lcpItems = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const lcpNode = lcpItems[0]?.items?.[0]?.node ?? lcpItems[0]?.node;
  out.lcp_element = lcpNode ? (lcpNode.nodeLabel || lcpNode.snippet || '').slice(0, 80) : null;
  out.final_url = lhr.finalDisplayedUrl;
  out.warnings = lhr.runWarnings;
  if (lhr.runtimeError) out.error = lhr.runtimeError.message;
  return out;
}

async function runJob(job) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lh-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROME, headless: true, userDataDir: profile,
    args: [...FLAGS, '--remote-debugging-port=0'], defaultViewport: null,
  });
  try {
    if (job.sign_in) await signIn(browser, job.sign_in);
    if (job.warm) await visitAndSettle(browser, job.url);
    const port = Number(new URL(browser.wsEndpoint()).port);
    const flags = {port, output: 'json', logLevel: 'error', onlyCategories: ['performance'],
      disableStorageReset: !!job.warm};
    const result = await lighthouse(job.url, flags);
    if (saveDir) {
      fs.mkdirSync(saveDir, {recursive: true});
      fs.writeFileSync(path.join(saveDir, `${job.id}.json`), result.report);
    }
    return summarise(job, result.lhr);
  } finally {
    await browser.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
}

const jobs = JSON.parse(fs.readFileSync(jobsFile, 'utf8'));
for (const job of jobs) {
  let line;
  try {
    line = await runJob(job);
  } catch (err) {
    line = {id: job.id, warm: !!job.warm, error: String(err && err.stack || err)};
  }
  process.stdout.write(JSON.stringify(line) + '\n');
}
