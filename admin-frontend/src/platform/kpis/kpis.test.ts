import { describe, expect, it } from 'vitest';
import { activation, amounts, conversationsPerActiveTenant, messagesPerActiveTenant, ratioOf } from './kpis';

const tenant = (status: string, i: number) => ({ id: `t${i}`, name: `T${i}`, slug: `t${i}`, status });

describe('platform KPIs', () => {
  it('counts activation among tenants that are not soft deleted', () => {
    const a = activation(['ACTIVE', 'ACTIVE', 'CREATED', 'SUSPENDED', 'SOFT_DELETED'].map(tenant));
    expect(a).toEqual({ active: 2, total: 4, ratio: 0.5 });
  });

  it('has no activation rate without tenants', () => {
    expect(activation([]).ratio).toBeNull();
    expect(activation([tenant('SOFT_DELETED', 1)])).toEqual({ active: 0, total: 0, ratio: null });
  });

  it('divides the period messages by the active tenants', () => {
    expect(messagesPerActiveTenant({ messagesIn: 7, messagesOut: 3 }, 3)).toBe(3.3);
    expect(messagesPerActiveTenant({ messagesIn: 7, messagesOut: 3 }, 0)).toBeNull();
  });

  it('divides the conversations started in the period by the active tenants', () => {
    expect(conversationsPerActiveTenant({ conversationsStarted: 10 }, 4)).toBe(2.5);
    expect(conversationsPerActiveTenant({ conversationsStarted: 10 }, 0)).toBeNull();
  });

  it('writes money per currency and leaves zero amounts out', () => {
    expect(amounts([{ currency: 'EUR', amount: '120' }, { currency: 'USD', amount: '0.00' }, { currency: 'GBP', amount: '9.5' }])).toBe('EUR 120.00 · GBP 9.50');
    expect(amounts([])).toBe('—');
  });

  it('reads a billing ratio only when it has a basis', () => {
    expect(ratioOf('0.2500', 4)).toBe(0.25);
    expect(ratioOf('0.0000', 0)).toBeNull();
  });
});
