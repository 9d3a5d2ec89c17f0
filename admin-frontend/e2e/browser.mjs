// Headless Debian chromium driven by playwright-core; every page fails its test on a console error.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const screenshotDir = new URL('../screenshots/', import.meta.url).pathname;
export const desktop = { width: 1280, height: 800 };
export const phone = { width: 390, height: 844 };

/** Playwright gives each launch a fresh temporary profile (its own --user-data-dir). */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(screenshotDir, { recursive: true });
  return { browser, close: () => browser.close() };
}

/** A fresh browser context (no shared storage) whose console errors are collected for the test to assert on. */
export async function openPage(browser, baseUrl) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: desktop });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.setDefaultTimeout(15_000);
  return { page, consoleErrors, close: () => context.close() };
}

export async function signIn(page, email, password) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Screenshots of the current screen at desktop and phone width (notifications hidden, so the page shows). */
export async function screenshots(page, name) {
  await page.locator('.mantine-Notifications-root').evaluateAll((roots) => roots.forEach((r) => (r.style.display = 'none')));
  for (const [size, viewport] of [['desktop', desktop], ['phone', phone]]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${screenshotDir}${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(desktop);
  await page.locator('.mantine-Notifications-root').evaluateAll((roots) => roots.forEach((r) => (r.style.display = '')));
}
