// Walks the invitation flow of a running DexApi in headless Chromium, as a person would, and saves a
// screenshot of each page. Usage: node check.mjs <base-url> <client-id> <client-secret> <admin-email>
// <admin-password> <screenshot-folder>. Exits non-zero when a step does not end where it should.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [base, clientId, clientSecret, adminEmail, adminPassword, shots] = process.argv.slice(2);
if (!shots) {
  console.error('usage: node check.mjs <base-url> <client-id> <client-secret> <admin-email> <admin-password> <screenshot-folder>');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
  console.log(`ok - ${message}`);
}

async function api(path, options) {
  const response = await fetch(base + path, options);
  const body = await response.json();
  if (!response.ok) {
    throw new Error(`${options?.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  }
  return body;
}

const basic = 'Basic ' + Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64');
const token = await api('/token', {
  method: 'POST',
  headers: { Authorization: basic, 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'password', username: adminEmail, password: adminPassword }),
});
// A fixed address on a fresh database keeps the screenshots the same from run to run.
const email = 'jane@example.com';
const created = await api('/api/v1/users', {
  method: 'POST',
  headers: { Authorization: `Bearer ${token.access_token}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ user: { email, displayName: 'Browser Check' }, redirectURL: `${base}/password-set` }),
});
check(created.resetPasswordLink?.startsWith(`${base}/accept-invitation?token=`), 'the API returned an invitation link');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 760 } });

  await page.goto(created.resetPasswordLink);
  check(page.url().startsWith(`${base}/reset-password?token=`), 'the invitation link leads to the set-password form');
  check(await page.locator('#resetPasswordForm').isVisible(), 'the form is shown');
  await page.screenshot({ path: join(shots, 'set-password.png'), fullPage: true });

  await page.fill('#password', 'short');
  await page.evaluate(() => document.querySelector('#password').removeAttribute('minlength'));
  await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
  check((await page.textContent('.error'))?.includes('at least 8 characters'), 'a too-short password is refused on the page');
  await page.screenshot({ path: join(shots, 'set-password-error.png'), fullPage: true });

  await page.fill('#password', 'a sturdy browser password');
  await Promise.all([page.waitForURL(`${base}/password-set`), page.click('button[type=submit]')]);
  check(page.url() === `${base}/password-set`, 'setting the password lands on the redirect URL');
  await page.screenshot({ path: join(shots, 'password-set.png'), fullPage: true });

  await page.goto(created.resetPasswordLink);
  check((await page.textContent('h1'))?.includes('Invitation not accepted'), 'the used invitation link is refused');
  await page.screenshot({ path: join(shots, 'link-used.png'), fullPage: true });

  await page.goto(`${base}/send-reset-password`);
  check(await page.locator('#sendResetPasswordForm').isVisible(), 'the forgotten-password form is shown');
  await page.screenshot({ path: join(shots, 'forgotten-password.png'), fullPage: true });
  await page.fill('#email', email);
  await Promise.all([page.waitForLoadState('load'), page.click('button[type=submit]')]);
  check((await page.textContent('h1'))?.includes('Check your email'), 'asking for a reset answers without telling whether the account exists');
  await page.screenshot({ path: join(shots, 'reset-requested.png'), fullPage: true });
} finally {
  await browser.close();
}

const signIn = await api('/token', {
  method: 'POST',
  headers: { Authorization: basic, 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'password', username: email, password: 'a sturdy browser password' }),
});
check(typeof signIn.access_token === 'string', 'the user signs in with the password set in the browser');
console.log('browser check passed');
