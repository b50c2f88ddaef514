// Drives headless Chromium (Debian's /usr/bin/chromium) through playwright-core:
//  1. the web UI of a running `sitrep serve`: the map and place list load, a
//     click on a place shows its timeline, a screenshot is saved;
//  2. a report.html written by `sitrep report`: opened from file://, it must
//     log no console errors and make no network request at all.
// Usage: node browser_test.js URL REPORT_HTML OUT_DIR [PLACE_CODE]
// Exit 0 on success; 1 with a message naming the failed check.
'use strict';
const path = require('path');
const fs = require('fs');
const { chromium } = require('playwright-core');

const [url, reportPath, outDir] = process.argv.slice(2);
if (!url || !reportPath || !outDir) {
  console.error('usage: node browser_test.js URL REPORT_HTML OUT_DIR');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

function fail(msg) {
  console.error('browser_test: FAIL: ' + msg);
  process.exitCode = 1;
}

(async () => {
  const userDataDir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'sitrep-chromium-'));
  // A fresh profile directory, so no state of an earlier run is reused.
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // 1. The web UI.
    const page = await browser.newPage();
    const uiErrors = [];
    page.on('console', m => { if (m.type() === 'error') uiErrors.push(m.text()); });
    page.on('pageerror', e => uiErrors.push(String(e)));
    const foreign = [];
    page.on('request', r => { if (!r.url().startsWith(url)) foreign.push(r.url()); });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('#places button', { timeout: 15000 });
    const places = await page.$$eval('#places button', bs => bs.map(b => b.textContent));
    console.log('browser_test: places listed: ' + places.join(', '));
    const wanted = process.argv[5];
    const button = wanted ? await page.$(`#places button[data-code="${wanted}"]`) : await page.$('#places button');
    if (!button) throw new Error('no place button to click' + (wanted ? ' for ' + wanted : ''));
    await button.click();
    await page.waitForSelector('#timeline tr.tl-entry', { timeout: 15000 });
    const title = await page.textContent('#timeline-title');
    const entries = await page.$$eval('#timeline tr.tl-entry', rs => rs.map(r => r.textContent));
    console.log('browser_test: ' + title + ' — ' + entries.length + ' entries');
    if (!title.startsWith('Timeline: ')) fail('timeline title not shown: ' + title);
    if (entries.length === 0) fail('timeline has no entries');
    // A click on the map circle works too.
    const code = await button.getAttribute('data-code');
    const circle = await page.$(`#map g.place[data-code="${code}"]`);
    if (circle) {
      await page.evaluate(() => { document.getElementById('timeline').textContent = ''; });
      await circle.click({ force: true });
      await page.waitForSelector('#timeline tr.tl-entry', { timeout: 15000 });
    } else {
      fail('no place drawn on the map');
    }
    await page.waitForSelector('#claims table tbody tr', { timeout: 15000 });
    const shot = path.join(outDir, 'sitrep_ui.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log('browser_test: screenshot ' + shot);
    if (uiErrors.length) fail('UI console errors: ' + uiErrors.join(' | '));
    if (foreign.length) fail('UI requested other origins: ' + foreign.join(' '));

    // 2. The self-contained report.
    const rpage = await browser.newPage();
    const repErrors = [];
    const requests = [];
    rpage.on('console', m => { if (m.type() === 'error') repErrors.push(m.text()); });
    rpage.on('pageerror', e => repErrors.push(String(e)));
    rpage.on('request', r => { if (!r.url().startsWith('file://')) requests.push(r.url()); });
    const reportUrl = 'file://' + path.resolve(reportPath);
    await rpage.goto(reportUrl, { waitUntil: 'load' });
    // The filter script runs: typing a place hides the other rows.
    const total = await rpage.$$eval('#claims-table tbody tr', rs => rs.length);
    if (total > 0) {
      await rpage.fill('.filters input[data-col="place"]', 'no such place zzz');
      const shown = await rpage.$$eval('#claims-table tbody tr', rs => rs.filter(r => r.style.display !== 'none').length);
      if (shown !== 0) fail('report filter did not hide rows (' + shown + ' shown)');
      await rpage.fill('.filters input[data-col="place"]', '');
    }
    await rpage.screenshot({ path: path.join(outDir, 'sitrep_report.png'), fullPage: false });
    console.log('browser_test: report ' + total + ' claim rows, ' + requests.length + ' network requests, ' +
                repErrors.length + ' console errors');
    if (repErrors.length) fail('report console errors: ' + repErrors.join(' | '));
    if (requests.length) fail('report made network requests: ' + requests.join(' '));
  } catch (e) {
    fail(String(e && e.stack || e));
  } finally {
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  if (!process.exitCode) console.log('browser_test: OK');
})();
