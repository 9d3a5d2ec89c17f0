import { describe, expect, it } from 'vitest';
import { hundredths, previewTotal, quotationActions } from './quotations';

describe('quotation actions', () => {
  it('let a manager approve a draft, and nobody send it yet', () => {
    expect(quotationActions('DRAFT', true)).toEqual({ edit: true, approve: true, send: false });
    expect(quotationActions('DRAFT', false).approve).toBe(false);
  });

  it('send only an approved quotation', () => {
    expect(quotationActions('APPROVED', true)).toEqual({ edit: true, approve: false, send: true });
    expect(quotationActions('SENT', true).send).toBe(false);
  });

  it('freeze an answered quotation', () => {
    expect(quotationActions('ACCEPTED', true)).toEqual({ edit: false, approve: false, send: false });
    expect(quotationActions('DECLINED', true).edit).toBe(false);
  });
});

describe('the price preview', () => {
  it('adds catalog prices exactly, without floating point drift', () => {
    expect(previewTotal([{ price: '0.10', quantity: 3 }, { price: '72.5', quantity: 1 }])).toBe('72.80');
    expect(previewTotal([{ price: '59.00', quantity: 2 }, { price: '15.00', quantity: 1 }])).toBe('133.00');
  });

  it('refuses to guess an unreadable price', () => {
    expect(hundredths('12,50')).toBeNaN();
    expect(previewTotal([{ price: 'abc', quantity: 1 }])).toBe('—');
  });
});
