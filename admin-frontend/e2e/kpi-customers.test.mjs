// Platform KPIs, tenant reports, customers and privacy end to end: Debian chromium against the real
// local stack with the eval seed. A customer message is driven through the signed webhook first; the
// screens must then show that customer and figures that count it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, screenshots, signIn } from './browser.mjs';
import { repoRoot, startStack } from './stack.mjs';

const seed = process.env.E2E_SEED ?? `${repoRoot}../shared/eval/seed.json`;
const owner = { email: 'owner@platform.example', password: 'Platform-Owner-2026!' };
const sunriseAdmin = { email: 'admin@sunrise.example', password: 'Sunrise-Admin-2026!' };
const sunriseAgent = { email: 'desk@sunrise.example', password: 'Sunrise-Desk-2026!' };
const bloomManager = { email: 'manager@bloom.example', password: 'Bloom-Manager-2026!' };
const SUNRISE_PHONE_NUMBER_ID = '100000000000001';
const CUSTOMER_PHONE = '15550007777';
const FIRST_TEXT = 'Hello, do you do teeth whitening on Sundays?';

let stack;
let chrome;
/** Figures read from the API before the customer wrote, to assert what the screens show after. */
const baseline = {};

before(async () => {
  [stack, chrome] = await Promise.all([startStack(seed), launchBrowser()]);
});

after(async () => {
  await chrome?.close();
  await stack?.stop();
});

async function inBrowser(steps) {
  const { page, consoleErrors, close } = await openPage(chrome.browser, stack.baseUrl);
  try {
    await steps(page);
    assert.deepEqual(consoleErrors, [], 'the browser console shows errors');
  } finally {
    await close();
  }
}

async function visit(page, menuLabel, heading) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: menuLabel, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

const tokens = new Map();
/** The API as the given user (to arrange data and to know what the screens must show). */
async function asUser(user, method, path, body) {
  if (!tokens.has(user.email)) {
    const login = await fetch(new URL('/api/auth/login', stack.baseUrl), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(user) });
    tokens.set(user.email, (await login.json()).accessToken);
  }
  return fetch(new URL(path, stack.baseUrl), { method, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens.get(user.email)}` }, body: body && JSON.stringify(body) });
}

async function json(user, path) {
  const answer = await asUser(user, 'GET', path);
  assert.equal(answer.status, 200, `GET ${path}`);
  return answer.json();
}

async function eventually(what, check, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) assert.fail(`${what} did not happen in ${timeoutMs / 1000}s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** A KPI card's value as the screen shows it. */
const kpi = (page, label) => page.getByRole('group', { name: label, exact: true }).getByTestId('kpi-value');

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

async function customerId() {
  const { items } = await json(sunriseAdmin, '/api/customers?limit=100');
  return items.find((c) => c.phone.replace(/\D/g, '') === CUSTOMER_PHONE)?.id;
}

test('a customer writes on WhatsApp and a super admin registers a tenant (the data the screens must show)', async () => {
  baseline.tenant = await json(sunriseAdmin, '/api/reports/summary');
  baseline.platform = await json(owner, '/api/platform/reports');
  for (const text of [FIRST_TEXT, 'My name is Marta Kowalska']) {
    const answer = await stack.customerWrites({ phoneNumberId: SUNRISE_PHONE_NUMBER_ID, from: CUSTOMER_PHONE, name: 'Marta Kowalska', text });
    assert.equal(answer.status, 200, 'the signed webhook is accepted');
  }
  const created = await asUser(owner, 'POST', '/api/platform/tenants',
    { name: 'KPI Bakery', slug: `kpi-bakery-${Date.now().toString(36)}`, currency: 'EUR', timezone: 'Europe/Lisbon', locale: 'pt-PT' });
  assert.equal(created.status, 201, await created.clone().text());
  await eventually('the customer is stored', customerId);
  await eventually('both messages are counted for the business',
    async () => (await json(sunriseAdmin, '/api/reports/summary')).messagesIn === baseline.tenant.messagesIn + 2);
});

test('an agent sees the customer but neither export, erasure, reports nor privacy', async () => {
  await inBrowser(async (page) => {
    await signIn(page, sunriseAgent.email, sunriseAgent.password);
    const menu = page.getByRole('navigation', { name: 'Main' });
    await visit(page, 'Customers', 'Customers');
    assert.equal(await menu.getByRole('link', { name: 'Reports' }).count(), 0);
    assert.equal(await menu.getByRole('link', { name: 'Privacy and data' }).count(), 0);
    await page.getByLabel('Search customers').fill(CUSTOMER_PHONE);
    await page.getByRole('table', { name: 'Customers' }).getByRole('link').first().click();
    await page.getByText(FIRST_TEXT).waitFor();
    await page.getByRole('button', { name: 'Save customer' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Export data' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /Erase customer/ }).count(), 0);
    await screenshots(page, 'agent-customer-detail');
  });
});

test('a tenant admin finds the customer, tags them, exports their data and erases them', async () => {
  const id = await customerId();
  await inBrowser(async (page) => {
    await signIn(page, sunriseAdmin.email, sunriseAdmin.password);
    await visit(page, 'Customers', 'Customers');
    const table = page.getByRole('table', { name: 'Customers' });
    await table.getByRole('cell', { name: CUSTOMER_PHONE }).waitFor();
    await page.getByLabel('Consent', { exact: true }).selectOption('WITHDRAWN');
    await page.getByText('No customer matches the search.').waitFor();
    await page.getByLabel('Consent', { exact: true }).selectOption('');
    await page.getByLabel('Search customers').fill('+1 555 000 7777');
    await table.getByRole('cell', { name: CUSTOMER_PHONE }).waitFor();
    assert.equal(await table.getByRole('row').count(), 2, 'the header and the one matching customer');
    await screenshots(page, 'tenant-customers');

    await table.getByRole('link').first().click();
    await page.waitForURL(`**/customers/${id}`);
    await page.getByText(FIRST_TEXT).waitFor();
    await page.getByLabel('Marketing consent').selectOption('GRANTED');
    const tags = page.getByRole('combobox', { name: 'Tags' });
    await tags.fill('VIP');
    await tags.press('Enter');
    await tags.fill('whitening lead');
    await tags.press('Enter');
    await page.getByRole('button', { name: 'Save customer' }).click();
    await page.getByText('The customer is saved.').waitFor();
    const saved = await json(sunriseAdmin, `/api/customers/${id}`);
    assert.deepEqual([...saved.tags].sort(), ['vip', 'whitening lead']);
    assert.equal(saved.customer.consent, 'GRANTED');
    await page.reload();
    await page.getByText(/consent granted/).waitFor();
    await screenshots(page, 'tenant-customer-detail');

    const exported = await download(page, () => page.getByRole('button', { name: 'Export data' }).click());
    assert.match(exported.name, /^customer-.*\.json$/);
    const data = JSON.parse(exported.text);
    assert.equal(data.customerId, id);
    assert.ok(exported.text.includes(FIRST_TEXT), 'the export holds the customer\'s message');

    await page.getByRole('button', { name: 'Erase customer…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase this customer permanently' });
    const erase = dialog.getByRole('button', { name: 'Erase', exact: true });
    await dialog.getByLabel('Phone number').fill('15550000000');
    assert.equal(await erase.isDisabled(), true, 'a wrong number does not confirm');
    await dialog.getByLabel('Phone number').fill(saved.customer.phone);
    await screenshots(page, 'tenant-customer-erase');
    await erase.click();
    await page.getByText(/The customer is erased: [1-9]\d* records/).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    assert.equal((await asUser(sunriseAdmin, 'GET', `/api/customers/${id}`)).status, 404, 'the customer is gone');
    assert.equal(await customerId(), undefined);
  });
});

test('a tenant admin reads the reports that count the customer, and downloads them as CSV', async () => {
  const now = await json(sunriseAdmin, '/api/reports/summary');
  assert.equal(now.messagesIn, baseline.tenant.messagesIn + 2);
  assert.ok(now.conversationsStarted >= baseline.tenant.conversationsStarted + 1, 'the customer started a conversation');
  await inBrowser(async (page) => {
    await signIn(page, sunriseAdmin.email, sunriseAdmin.password);
    await visit(page, 'Reports', 'Reports');
    assert.equal(await kpi(page, 'Messages from customers').innerText(), String(now.messagesIn));
    assert.equal(await kpi(page, 'Conversations started').innerText(), String(now.conversationsStarted));
    assert.equal(await kpi(page, 'Escalations').innerText(), String(now.escalations));
    await page.getByRole('img', { name: new RegExp(`^Who replied to customers: Assistant ${now.sentByAi}, Staff ${now.sentByStaff}`) }).waitFor();
    await screenshots(page, 'tenant-reports');

    const csv = await download(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
    assert.match(csv.name, /^report_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    assert.match(csv.text, new RegExp(`^messages,in,${now.messagesIn}$`, 'm'));

    await page.getByTestId('report-range').getByText(`From ${now.from} to ${now.to}`).waitFor();
    await page.getByText('Last 7 days', { exact: true }).click();
    const weekAgo = new Date(Date.parse(now.to) - 6 * 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId('report-range').getByText(`From ${weekAgo} to ${now.to}`).waitFor();
    assert.equal(await kpi(page, 'Messages from customers').innerText(), String(now.messagesIn), 'today is in the last 7 days too');
  });
});

test('a tenant admin sets message retention and downloads everything the business stored', async () => {
  await inBrowser(async (page) => {
    await signIn(page, sunriseAdmin.email, sunriseAdmin.password);
    await visit(page, 'Privacy and data', 'Privacy and data');
    await page.getByRole('radio', { name: 'For a number of days' }).check();
    await page.getByLabel('Days to keep messages').fill('4000');
    await page.getByText('Between 1 and 3650 days.').waitFor();
    await page.getByLabel('Days to keep messages').fill('90');
    await page.getByRole('button', { name: 'Save retention' }).click();
    await page.getByText('Messages are deleted 90 days after they are written.').waitFor();
    assert.equal((await json(sunriseAdmin, '/api/settings/retention')).messageRetentionDays, 90);
    await page.reload();
    await page.getByText('Messages are deleted 90 days after they are written.').waitFor();
    await screenshots(page, 'tenant-privacy');

    const exported = await download(page, () => page.getByRole('button', { name: 'Download all data' }).click());
    const data = JSON.parse(exported.text);
    assert.ok(data.records.length > 0);
    assert.ok(exported.text.includes('Scaling and polishing'), 'the seeded services are in the export');
    assert.ok(!exported.text.includes(CUSTOMER_PHONE), 'nothing of the erased customer is left');
  });
});

test('a manager reads the reports and the retention but cannot change it or export', async () => {
  await inBrowser(async (page) => {
    await signIn(page, bloomManager.email, bloomManager.password);
    await visit(page, 'Privacy and data', 'Privacy and data');
    await page.getByText('Only a business admin can change this.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Download all data' }).count(), 0);
    await visit(page, 'Reports', 'Reports');
    await kpi(page, 'Messages from customers').waitFor();
  });
});

test('the super admin sees platform KPIs that count the driven messages and the new tenant', async () => {
  const report = await eventually('the platform counts both messages', async () => {
    const r = await json(owner, '/api/platform/reports');
    return r.messagesIn >= baseline.platform.messagesIn + 2 ? r : null;
  });
  assert.equal(report.messagesIn, baseline.platform.messagesIn + 2);
  assert.equal(report.tenantsRegistered, baseline.platform.tenantsRegistered + 1);
  const { items: tenants } = await json(owner, '/api/platform/tenants?limit=100');
  const live = tenants.filter((t) => t.status !== 'SOFT_DELETED');
  const active = live.filter((t) => t.status === 'ACTIVE').length;
  assert.ok(live.some((t) => t.name === 'KPI Bakery' && t.status === 'CREATED'));

  await inBrowser(async (page) => {
    await signIn(page, owner.email, owner.password);
    await visit(page, 'KPIs', 'Platform KPIs');
    assert.equal(await kpi(page, 'Messages from customers').innerText(), String(report.messagesIn));
    assert.equal(await kpi(page, 'Tenants registered').innerText(), String(report.tenantsRegistered));
    await page.getByText(`${active} of ${live.length} tenants active`).waitFor();
    assert.equal(await kpi(page, 'Activation rate').innerText(), `${Math.round((active / live.length) * 1000) / 10}%`);
    const perTenant = active === 0 ? '—' : String(Math.round(((report.messagesIn + report.messagesOut) / active) * 10) / 10);
    assert.equal(await kpi(page, 'Messages per active tenant').innerText(), perTenant);
    const today = new Date().toISOString().slice(0, 10);
    const todays = report.days.find((d) => d.day === today);
    await page.getByRole('img', { name: new RegExp(`^Messages per day:.*${today}: ${todays.messagesIn} in`) }).waitFor();
    await page.getByRole('heading', { level: 2, name: `From ${report.from} to ${report.to}` }).waitFor();
    await screenshots(page, 'platform-kpis');

    const csv = await download(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
    assert.match(csv.text, /^day,tenants registered,messages in,/);
    assert.match(csv.text, new RegExp(`^${today},${todays.tenantsRegistered},${todays.messagesIn},`, 'm'));

    await page.getByText('Last 90 days', { exact: true }).click();
    const from90 = new Date(Date.parse(report.to) - 89 * 86_400_000).toISOString().slice(0, 10);
    await page.getByRole('heading', { level: 2, name: `From ${from90} to ${report.to}` }).waitFor();
    assert.equal(await kpi(page, 'Messages from customers').innerText(), String(report.messagesIn), 'nothing older was driven');
  });
});
