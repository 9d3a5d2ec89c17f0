import type { Schemas } from '../../api/client';

type TenantLine = Schemas['TenantLine'];
type Amount = { currency: string; amount: string };

export interface Activation {
  active: number;
  /** Tenants that exist and are not soft deleted. */
  total: number;
  /** active / total; null when there is no tenant yet. */
  ratio: number | null;
}

/** Activation rate: the share of live (not soft-deleted) tenants that are active. */
export function activation(tenants: TenantLine[]): Activation {
  const live = tenants.filter((t) => t.status !== 'SOFT_DELETED');
  const active = live.filter((t) => t.status === 'ACTIVE').length;
  return { active, total: live.length, ratio: live.length === 0 ? null : active / live.length };
}

/** Messages (in and out) in the period per active tenant, one decimal; null without an active tenant. */
export function messagesPerActiveTenant(report: Pick<Schemas['PlatformReport'], 'messagesIn' | 'messagesOut'>, active: number): number | null {
  if (active === 0) return null;
  return Math.round(((report.messagesIn + report.messagesOut) / active) * 10) / 10;
}

/** Conversations started in the period per active tenant, one decimal; null without an active tenant. */
export function conversationsPerActiveTenant(report: Pick<Schemas['PlatformReport'], 'conversationsStarted'>, active: number): number | null {
  if (active === 0) return null;
  return Math.round((report.conversationsStarted / active) * 10) / 10;
}

/** Money per currency as one line ("EUR 120.00 · USD 40.00"); a dash when there is none. */
export function amounts(list: Amount[]): string {
  const shown = list.filter((a) => Number(a.amount) !== 0);
  if (shown.length === 0) return '—';
  return shown.map((a) => `${a.currency} ${Number(a.amount).toFixed(2)}`).join(' · ');
}

/** The billing figures' decimal strings ("0.2500") as a ratio; null when there is no basis (no trial started). */
export function ratioOf(decimal: string, basis: number): number | null {
  if (basis === 0) return null;
  const value = Number(decimal);
  return Number.isFinite(value) ? value : null;
}
