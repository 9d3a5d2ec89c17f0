// Customer care screens end to end: tickets, notifications, quotations and reviews, in Debian chromium
// against the real local stack with the eval seed (Bloom & Stem, a florist on the Cloud API).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, screenshots, signIn } from './browser.mjs';
import { repoRoot, startStack } from './stack.mjs';

const seed = process.env.E2E_SEED ?? `${repoRoot}../shared/eval/seed.json`;
const bloomAdmin = { email: 'admin@bloom.example', password: 'Bloom-Admin-2026!' };
const bloomManager = { email: 'manager@bloom.example', password: 'Bloom-Manager-2026!' };
const BLOOM_PHONE_NUMBER_ID = '100000000000002';
const complainer = { from: '15550427001', name: 'Rosa Diaz' };
const buyer = { from: '15550427002', name: 'Omar Haddad' };
const quoted = { from: '15550427003', name: 'Mei Lin' };
const WAIT_MS = 60_000;

let stack;
let chrome;

before(async () => {
  [stack, chrome] = await Promise.all([startStack(seed), launchBrowser()]);
});

after(async () => {
  await chrome?.close();
  await stack?.stop();
});

/**
 * Runs steps in a fresh browser context; the test fails on any console error except the browser's own
 * network log line for an answer the test provokes on purpose (`expected`, e.g. a refused 409).
 */
async function inBrowser(steps, expected = []) {
  const { page, consoleErrors, close } = await openPage(chrome.browser, stack.baseUrl);
  try {
    await steps(page);
    const unexpected = consoleErrors.filter((e) => !expected.some((status) => e === `Failed to load resource: the server responded with a status of ${status}`));
    assert.equal(consoleErrors.length - unexpected.length, expected.length, 'the provoked refusal reached the browser');
    assert.deepEqual(unexpected, [], 'the browser console shows errors');
  } finally {
    await close();
  }
}

async function visit(page, menuLabel, heading) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: menuLabel, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The API as the given user (for arranging what the browser then shows, and for checking it). */
async function asUser(user, method, path, body) {
  const login = await fetch(new URL('/api/auth/login', stack.baseUrl), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(user) });
  const { accessToken } = await login.json();
  return fetch(new URL(path, stack.baseUrl), { method, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` }, body: body && JSON.stringify(body) });
}

async function eventually(what, check, timeoutMs = WAIT_MS) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`not within ${timeoutMs / 1000}s: ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const writes = (customer, text) => stack.customerWrites({ phoneNumberId: BLOOM_PHONE_NUMBER_ID, ...customer, text });

async function ticketOf(phone) {
  const { items } = await (await asUser(bloomAdmin, 'GET', '/api/tickets?limit=200')).json();
  return items.find((t) => t.customerPhone === phone);
}

async function selectOption(page, label, option) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a complaint opens a ticket; staff see the alert, mark it read, and work the ticket to resolved with a note', async () => {
  assert.equal((await writes(complainer, 'My roses arrived damaged, this is unacceptable')).status, 200, 'the signed webhook is accepted');
  const opened = await eventually('the assistant opens a ticket for the complaint', () => ticketOf(complainer.from));
  assert.equal(opened.category, 'Damaged flowers');

  await inBrowser(async (page) => {
    await signIn(page, bloomAdmin.email, bloomAdmin.password);
    const bell = page.getByRole('link', { name: /^Notifications, \d+ unread$/ });
    await bell.waitFor({ timeout: 30_000 });
    const unreadBefore = Number((await bell.getAttribute('aria-label')).match(/(\d+) unread/)[1]);
    assert.ok(unreadBefore >= 1, 'the escalation is an unread notification');
    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const alert = page.getByTestId('notification').filter({ hasText: 'Needs a person' }).first();
    await alert.waitFor();
    await screenshots(page, 'tenant-notifications');
    await alert.getByRole('button', { name: /^Mark read/ }).click();
    const after = unreadBefore - 1;
    await page.getByRole('link', { name: after === 0 ? 'Notifications, none unread' : `Notifications, ${after} unread` }).waitFor();

    await visit(page, 'Tickets', 'Tickets');
    await selectOption(page, 'Status', 'Open');
    await selectOption(page, 'Category', 'Damaged flowers');
    const row = page.getByTestId('ticket-row').filter({ hasText: 'My roses arrived damaged' });
    await row.waitFor();
    assert.match(await row.innerText(), /\bhigh\b/i);
    assert.match(await row.innerText(), /Due in (7 h|8 h)/, 'a HIGH ticket is due 8 hours after it opened');
    await screenshots(page, 'tenant-tickets');

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: /My roses arrived damaged/ }).waitFor();
    assert.deepEqual(await page.getByRole('button', { name: /^(Start work|Mark resolved|Close|Reopen)$/ }).allInnerTexts(), ['Start work'], 'an open ticket only starts');
    await page.getByRole('button', { name: 'Start work' }).click();
    await page.getByLabel('Status: In progress').waitFor();
    await page.getByLabel('Add a note').fill('Called Rosa; a new bouquet goes out this afternoon.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByTestId('notes').getByText('a new bouquet goes out this afternoon').waitFor();
    await page.getByRole('button', { name: 'Mark resolved' }).click();
    await page.getByLabel('Status: Resolved').waitFor();
    assert.deepEqual((await page.getByRole('button', { name: /^(Start work|Mark resolved|Close|Reopen)$/ }).allInnerTexts()).sort(), ['Close', 'Reopen']);
    await page.getByTestId('history').getByText('IN_PROGRESS → RESOLVED').waitFor();
    await screenshots(page, 'tenant-ticket-detail');
  });
  const resolved = await ticketOf(complainer.from);
  assert.equal(resolved.status, 'RESOLVED');
  const notes = await (await asUser(bloomAdmin, 'GET', `/api/tickets/${resolved.id}/notes`)).json();
  assert.equal(notes.items.length, 1);
});

test('staff open a ticket by hand; a move the API refuses shows its sentence', async () => {
  await inBrowser(async (page) => {
    await signIn(page, bloomManager.email, bloomManager.password);
    await visit(page, 'Tickets', 'Tickets');
    await page.getByRole('button', { name: 'New ticket' }).click();
    const form = page.getByRole('dialog', { name: 'New ticket' });
    await form.getByLabel('Subject').fill('The card went to the wrong address');
    await form.getByLabel('Customer phone').fill('+1 555 042 7009');
    await screenshots(page, 'tenant-ticket-new');
    await form.getByRole('button', { name: 'Open ticket' }).click();
    await page.getByRole('heading', { level: 1, name: 'The card went to the wrong address' }).waitFor();
    await page.getByText(/Wrong address/).first().waitFor();
    const ticketId = page.url().split('/').pop();

    // Someone else starts work meanwhile; this page still offers "Start work", and the API refuses it.
    assert.equal((await asUser(bloomAdmin, 'POST', `/api/tickets/${ticketId}/status`, { status: 'IN_PROGRESS' })).status, 200);
    await page.getByRole('button', { name: 'Start work' }).click();
    const refusal = page.getByRole('alert', { name: 'Not done' }).filter({ hasText: 'cannot move to IN_PROGRESS' });
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /A ticket that is IN_PROGRESS cannot move to IN_PROGRESS/);
    await page.getByRole('button', { name: 'Mark resolved' }).waitFor();
  }, ['409 (Conflict)']);
});

test('a manager drafts a quotation from the catalog, edits it, approves and sends it, and downloads the PDF', async () => {
  assert.equal((await writes(quoted, 'Hello!')).status, 200);
  await eventually('the customer is known', async () => (await (await asUser(bloomManager, 'GET', '/api/customers?limit=200')).json()).items.some((c) => c.phone.includes(quoted.from)));
  await inBrowser(async (page) => {
    await signIn(page, bloomManager.email, bloomManager.password);
    await visit(page, 'Quotations', 'Quotations');
    await page.getByRole('button', { name: 'New quotation' }).click();
    const form = page.getByRole('dialog', { name: 'New quotation' });
    await form.getByRole('combobox', { name: 'Customer' }).click();
    await page.getByRole('option', { name: new RegExp(quoted.from) }).click();
    await form.getByRole('button', { name: 'Add a line' }).click();
    await form.getByRole('combobox', { name: 'Line 1' }).click();
    await page.getByRole('option', { name: /^Classic rose bouquet/ }).click();
    await form.getByLabel('Qty').fill('2');
    await form.getByLabel('Line 1 unit price').getByText('59.00 USD').waitFor();
    assert.equal(await form.getByTestId('quotation-preview-total').innerText(), '118.00 USD');
    assert.equal(await form.getByRole('textbox', { name: /price/i }).count(), 0, 'no price can be typed');
    await form.getByLabel('Notes for the customer').fill('Valid for 14 days');
    await screenshots(page, 'tenant-quotation-new');
    await form.getByRole('button', { name: 'Draft quotation' }).click();

    await page.getByRole('heading', { level: 1, name: /^Quotation Q-.*-v1$/ }).waitFor();
    await page.getByLabel('Status: draft').waitFor();
    await page.getByRole('button', { name: 'Edit (new version)' }).click();
    const edit = page.getByRole('dialog', { name: /^Edit Q-/ });
    await edit.getByLabel('Qty').fill('3');
    await edit.getByRole('button', { name: 'Save new version' }).click();
    await page.getByRole('heading', { level: 1, name: /-v2$/ }).waitFor();
    assert.equal(await page.getByTestId('quotation-total').innerText(), '177.00 USD');
    await page.getByTestId('versions').getByText('Version 2 (current)').waitFor();

    await page.getByRole('button', { name: 'Approve version 2' }).click();
    await page.getByLabel('Status: approved').waitFor();
    await page.getByRole('button', { name: 'Send to customer' }).click();
    await page.getByLabel('Status: sent').waitFor();
    await screenshots(page, 'tenant-quotation-detail');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    assert.match(download.suggestedFilename(), /^quotation-Q-.*-v2\.pdf$/);
    const pdf = await readFile(await download.path());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');

    await eventually('the PDF goes to the customer on WhatsApp', () => stack.graph.sent.some((s) => s.body.includes('"document"') && s.body.includes(quoted.from)));

    // While staff edit the sent quotation, the customer accepts it: the edit is refused with the API's sentence.
    await page.getByRole('button', { name: 'Edit (new version)' }).click();
    const late = page.getByRole('dialog', { name: /^Edit Q-/ });
    await late.getByLabel('Qty').fill('4');
    assert.equal((await writes(quoted, 'I accept')).status, 200);
    const quotationId = page.url().split('/').pop();
    await eventually('the customer accepts', async () => (await (await asUser(bloomManager, 'GET', `/api/quotations/${quotationId}`)).json()).quotation.status === 'ACCEPTED');
    await late.getByRole('button', { name: 'Save new version' }).click();
    await late.getByRole('alert').filter({ hasText: 'The customer answered this quotation already' }).waitFor();
    await late.getByRole('button', { name: 'Cancel' }).click();
    await page.getByLabel('Status: accepted').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Edit (new version)' }).count(), 0, 'an answered quotation is final');
    assert.equal(await page.getByTestId('quotation-total').innerText(), '177.00 USD', 'the refused edit changed nothing');

    await visit(page, 'Quotations', 'Quotations');
    await page.getByTestId('quotation-row').filter({ hasText: 'accepted' }).first().waitFor();
    await screenshots(page, 'tenant-quotations');
  }, ['409 (Conflict)']);
});

test('an approved order gets a review request; the low rating shows highlighted in the reviews', async () => {
  assert.equal((await writes(buyer, 'I want to order the orchid in the ceramic pot')).status, 200);
  assert.equal((await writes(buyer, 'Name is Omar Haddad, deliver to 88 Henry Street Brooklyn on Friday')).status, 200);
  await inBrowser(async (page) => {
    await signIn(page, bloomAdmin.email, bloomAdmin.password);
    await visit(page, 'Orders', 'Orders');
    const pending = page.getByTestId('order').filter({ hasText: 'Orchid in ceramic pot' });
    await pending.waitFor({ timeout: WAIT_MS });
    await pending.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByText('The order is approved').waitFor();
    await page.getByText('Approved', { exact: true }).click();
    const approved = page.getByTestId('order').filter({ hasText: 'Orchid in ceramic pot' });
    const sentToBuyer = () => stack.graph.sent.filter((s) => s.body.includes(buyer.from)).length;
    const sentBefore = sentToBuyer();
    await approved.getByRole('button', { name: 'Ask for a review' }).click();
    await page.getByText('The customer is asked for a review on WhatsApp.').waitFor();
    await screenshots(page, 'tenant-orders-approved');

    await eventually('the review request reaches the customer', () => sentToBuyer() > sentBefore);
    assert.equal((await writes(buyer, '1 - the bouquet came a day late')).status, 200);
    await visit(page, 'Reviews', 'Reviews');
    const review = page.getByTestId('review').filter({ hasText: 'the bouquet came a day late' });
    await eventually('the rating is a review', async () => {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
      await page.getByRole('status').waitFor({ state: 'detached' });
      return (await review.count()) === 1;
    });
    assert.equal(await review.getAttribute('data-negative'), 'true');
    await review.getByText('Low rating').waitFor();
    await review.getByLabel('1 of 5 stars').waitFor();
    await screenshots(page, 'tenant-reviews');

    await page.getByRole('link', { name: /^Notifications, / }).click();
    await page.getByTestId('notification').filter({ hasText: 'Low rating' }).first().waitFor({ timeout: 30_000 });
  });
});
