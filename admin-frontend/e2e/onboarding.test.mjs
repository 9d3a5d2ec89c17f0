// Self-service onboarding end to end: a business signs up, verifies its email from the local outbox, imports
// its catalog (two bad rows reported, then fixed), connects a Cloud API number, tries its assistant, goes
// live, answers a real signed webhook message, exports its data and cancels. Debian chromium, real local stack.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, screenshotDir, screenshots, signIn } from './browser.mjs';
import { repoRoot, startStack } from './stack.mjs';

const seed = process.env.E2E_SEED ?? `${repoRoot}../shared/eval/seed.json`;
const owner = { email: 'owner@platform.example', password: 'Platform-Owner-2026!' };
const business = { name: 'Harbour Bikes Porto', email: `ana.${Date.now().toString(36)}@harbour-bikes.example`, password: 'Spokes-and-Chains-2026!' };
const PHONE_NUMBER_ID = '100000000000777';
const CUSTOMER = '15550007777';

let stack;
let chrome;

before(async () => {
  [stack, chrome] = await Promise.all([startStack(seed, { DEV_OUTBOX: 'on' }), launchBrowser()]);
  const token = await apiToken(owner);
  const plan = await fetch(`${stack.baseUrl}/api/platform/plans`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ name: 'Starter', monthlyPrice: '29.00', currency: 'EUR', includedMessages: 1000, includedAiTokens: 500000,
      messageOverageRate: '0.02', aiTokenOverageRate: '0.00001', maxUsers: 5, maxNumbers: 1, trialDays: 14 }),
  });
  assert.equal(plan.status, 201, 'the platform offers a plan with a trial');
});

after(async () => {
  await chrome?.close();
  await stack?.stop();
});

async function apiToken({ email, password }) {
  const answer = await fetch(`${stack.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  assert.equal(answer.status, 200, `${email} signs in`);
  return (await answer.json()).accessToken;
}

/** The verification link the platform mailed, read from the local outbox (DEV_OUTBOX=on) as a super admin. */
async function mailedVerificationPath(to) {
  const token = await apiToken(owner);
  for (let attempt = 0; attempt < 20; attempt++) {
    const outbox = await (await fetch(`${stack.baseUrl}/api/dev/outbox?limit=50`, { headers: { Authorization: `Bearer ${token}` } })).json();
    const mail = outbox.items.find((m) => m.to === to && /\/verify\?token=/.test(m.text));
    if (mail) return mail.text.match(/\/verify\?token=[A-Za-z0-9_-]+/)[0];
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no verification mail to ${to}`);
}

async function mailSubjectsTo(to) {
  const token = await apiToken(owner);
  const outbox = await (await fetch(`${stack.baseUrl}/api/dev/outbox?limit=100`, { headers: { Authorization: `Bearer ${token}` } })).json();
  return outbox.items.filter((m) => m.to === to).map((m) => m.subject);
}

async function sentTo(phone, matching, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = stack.graph.sent.map((s) => JSON.parse(s.body)).find((b) => b.to === phone && matching.test(b.text?.body ?? ''));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing matching ${matching} was sent to ${phone}; sent: ${JSON.stringify(stack.graph.sent.map((s) => s.body))}`);
}

function catalogCsv(badRows) {
  const rows = [
    ['Wheel truing', '25.00', 'Wheels made straight again.', 'truing;wheel truing'],
    ['Brake bleed', '35.00', 'Hydraulic brakes bled and tested.', 'brake bleed;brakes'],
    ['Chain replacement', '30.00', 'New chain fitted.', 'chain'],
    ['Puncture repair', '12.00', 'Inner tube patched.', 'puncture;flat tyre'],
    ['Gear tune', '28.00', 'Derailleurs indexed.', 'gears;gear tune'],
    ['Full service', '95.00', 'Everything checked and adjusted.', 'full service'],
    ['Basic service', '55.00', 'Brakes, gears, tyres.', 'basic service'],
    ['Bike fitting', '80.00', 'Saddle and bar position.', 'fitting'],
    ['Tubeless setup', '40.00', 'Tyres set up tubeless.', 'tubeless'],
    ['Wheel build', '120.00', 'Wheel built by hand.', 'wheel build'],
    ['Headset service', '32.00', 'Headset cleaned and greased.', 'headset'],
    ['Bottom bracket service', '38.00', 'Bottom bracket cleaned or replaced.', 'bottom bracket'],
    ['Suspension fork service', '110.00', 'Lowers serviced.', 'fork service'],
    ['Brake pad fitting', '15.00', 'New pads fitted.', 'brake pads'],
    ['Cable replacement', '20.00', 'Gear and brake cables.', 'cables'],
    ['E-bike diagnostics', '45.00', 'Motor and battery check.', 'e-bike;diagnostics'],
    ['Bike wash', '18.00', 'Frame and drivetrain cleaned.', 'wash'],
    ['Pedal fitting', '10.00', 'Pedals fitted.', 'pedals'],
    ['Tyre fitting', '14.00', 'Tyres fitted.', 'tyres'],
    ['Storage per week', '9.00', 'Indoor storage.', 'storage'],
  ];
  if (badRows) {
    rows[4] = ['Gear tune', 'twenty-eight', 'Derailleurs indexed.', 'gears'];
    rows[11] = ['Bottom bracket service', '-38.00', 'Bottom bracket cleaned or replaced.', 'bottom bracket'];
  }
  const cell = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `name,price,description,keywords\n${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

test('a business signs up, sets up, goes live, answers a customer, exports its data and cancels', async () => {
  const { page, consoleErrors, close } = await openPage(chrome.browser, stack.baseUrl);
  try {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your Parley account' }).waitFor();
    await page.getByLabel('Business name').fill(business.name);
    await page.getByLabel('Your name').fill('Ana Costa');
    await page.getByLabel('Email').fill(business.email);
    await page.getByLabel(/^Password/).fill(business.password);
    await page.getByLabel('I accept the terms of service').check();
    await page.getByLabel('I have read the privacy notice').check();
    await screenshots(page, 'onboarding-signup');
    await page.getByRole('button', { name: 'Create account', exact: true }).click();
    const outcome = page.getByRole('heading', { name: 'Check your email' }).or(page.getByRole('alert'));
    await outcome.first().waitFor({ timeout: 60_000 }).catch(async (error) => {
      await screenshots(page, 'onboarding-signup-stuck');
      throw error;
    });
    assert.equal(await page.getByRole('alert').count(), 0, `sign-up refused: ${await page.getByRole('alert').allTextContents()}`);

    await page.goto(await mailedVerificationPath(business.email));
    await page.getByText(`Your email is verified. ${business.name} is ready to set up.`).waitFor();
    await screenshots(page, 'onboarding-verified');
    await page.getByRole('link', { name: 'Sign in to start the setup' }).click();
    await page.getByLabel('Email').fill(business.email);
    await page.getByLabel(/^Password/).fill(business.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up your business' }).waitFor();

    // Profile and hours
    await page.getByLabel('Address').fill('Rua das Flores 12, Porto');
    await page.getByLabel('Saturday').fill('10:00-14:00');
    await screenshots(page, 'onboarding-wizard-profile');
    await page.getByRole('button', { name: 'Save and continue', exact: true }).click();

    // Catalog: a 20-row file with two bad rows is checked, reported, fixed and imported
    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: 'catalog.csv', mimeType: 'text/csv', buffer: Buffer.from(catalogCsv(true)) });
    await page.getByRole('button', { name: 'Check file', exact: true }).click();
    const problems = page.getByRole('table', { name: 'Problems' });
    await problems.getByText('The price "twenty-eight" is not a number; write it like 72.50 (a dot, no currency sign).').waitFor();
    await problems.getByText('The price -38.00 is negative; prices are 0 or more.').waitFor();
    await page.getByText('20 rows read, 18 ready to import, 2 with problems.').waitFor();
    assert.equal(await page.getByRole('button', { name: /^Import \d+ services$/ }).count(), 0, 'nothing can be imported while rows are wrong');
    assert.deepEqual(await problems.locator('tbody tr td:first-child').allTextContents(), ['6', '13']);
    await screenshots(page, 'onboarding-import-problems');
    await fileInput.setInputFiles({ name: 'catalog-fixed.csv', mimeType: 'text/csv', buffer: Buffer.from(catalogCsv(false)) });
    await page.getByRole('button', { name: 'Check file', exact: true }).click();
    await page.getByText('20 rows read, 20 ready to import, 0 with problems.').waitFor();
    await page.getByRole('button', { name: 'Import 20 services', exact: true }).click();
    await page.getByText('20 services imported.').waitFor();
    await screenshots(page, 'onboarding-import-done');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    // FAQs
    await page.getByLabel('Question').fill('Do you open on Sundays?');
    await page.getByLabel('Answer').fill('No, we are open Monday to Saturday.');
    await page.getByRole('button', { name: 'Add FAQ', exact: true }).click();
    await page.getByRole('listitem').filter({ hasText: 'Do you open on Sundays?' }).waitFor();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    // WhatsApp Cloud API number
    await page.getByLabel('Phone number ID').fill(PHONE_NUMBER_ID);
    await page.getByLabel(/^Phone number\s*\*?$/).fill('+351 910 000 777');
    await page.getByLabel('Access token').fill('EAAG-e2e-token');
    await screenshots(page, 'onboarding-whatsapp');
    await page.getByRole('button', { name: 'Connect number', exact: true }).click();

    // Assistant defaults, staff
    await page.getByRole('button', { name: 'Use these settings', exact: true }).click();
    await page.getByLabel('Staff email').fill(`desk.${Date.now().toString(36)}@harbour-bikes.example`);
    await page.getByLabel('Staff name').fill('Rui Desk');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByText(/is invited\.$/).first().waitFor();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    // Test chat with the business's own assistant
    await page.getByLabel('Message as a customer').fill('How much is wheel truing?');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('log', { name: 'Test chat' }).getByText(/Assistant:.*25[.,]00/).waitFor();
    await screenshots(page, 'onboarding-test-chat');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    // Go live
    await page.getByRole('button', { name: 'Go live', exact: true }).click();
    await page.getByText('Customers who write to your number get answers now.').waitFor();
    await screenshots(page, 'onboarding-live');

    // A real signed webhook message reaches the business; the assistant answers through the (fake) Graph API
    const delivered = await stack.customerWrites({ phoneNumberId: PHONE_NUMBER_ID, from: CUSTOMER, name: 'Joana Reis', text: 'How much is a brake bleed?' });
    assert.equal(delivered.status, 200, 'the signed webhook is accepted');
    await sentTo(CUSTOMER, /35[.,]00/);
    const sends = stack.graph.sent.filter((s) => s.body.includes(CUSTOMER)).map((s) => s.path);
    assert.ok(sends.every((path) => path.endsWith(`/${PHONE_NUMBER_ID}/messages`)), `sent from the connected number: ${sends}`);

    // Staff see it in the inbox and answer too
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox', exact: true }).click();
    await page.getByRole('link', { name: /5550007777/ }).click({ timeout: 30_000 });
    await page.getByText('How much is a brake bleed?').waitFor();
    await page.getByRole('button', { name: 'Take over', exact: true }).click();
    await page.getByLabel('Reply as staff').fill('Hello Joana, we can bleed your brakes tomorrow morning.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await sentTo(CUSTOMER, /we can bleed your brakes tomorrow/);
    await screenshots(page, 'onboarding-first-customer');

    // Export, then cancel
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download export', exact: true }).click()]);
    const zip = await readFile(await download.path());
    assert.equal(zip.subarray(0, 2).toString('latin1'), 'PK', 'the export is a zip');
    assert.ok(zip.includes(Buffer.from('csv/services.csv')) && zip.includes(Buffer.from('data.json')), 'the zip holds data.json and the CSVs');
    const slug = (await page.getByText(/^Type .+ to confirm$/).textContent()).match(/^Type (.+) to confirm$/)[1];
    await page.getByLabel(`Type ${slug} to confirm`).fill(slug);
    await screenshots(page, 'onboarding-account');
    await page.getByRole('button', { name: 'Cancel account', exact: true }).click();
    await page.getByText('The account is cancelled').waitFor();
    await screenshots(page, 'onboarding-cancelled');
    const subjects = await mailSubjectsTo(business.email);
    for (const subject of ['Verify your email for Parley', 'Your Parley account is ready', 'Your Parley data export', 'Your Parley account is cancelled']) {
      assert.ok(subjects.includes(subject), `mailed: ${subject}`);
    }
    assert.deepEqual(consoleErrors, [], 'the browser console shows errors');
  } catch (error) {
    await page.screenshot({ path: `${screenshotDir}onboarding-failure.png`, fullPage: true });
    throw new Error(`${error.message}\nconsole: ${consoleErrors.join(' | ')}\nat ${page.url()}`, { cause: error });
  } finally {
    await close();
  }
});

test('the super admin sees the onboarding funnel', async () => {
  const { page, consoleErrors, close } = await openPage(chrome.browser, stack.baseUrl);
  try {
    await signIn(page, owner.email, owner.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Onboarding', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Onboarding funnel' }).waitFor();
    await page.getByRole('table', { name: 'Funnel per business' }).getByText(business.name).waitFor();
    for (const label of ['Signed up', 'Verified', 'Catalog added', 'WhatsApp connected', 'Live']) {
      assert.equal(await page.getByLabel(label, { exact: true }).locator('p').nth(1).textContent(), '1', `${label}: 1`);
    }
    await screenshots(page, 'platform-onboarding-funnel');
    assert.deepEqual(consoleErrors, [], 'the browser console shows errors');
  } finally {
    await close();
  }
});
