/** Quotation rules the API enforces (QuotationStatus.java, QuotationEndpoints.java), mirrored to offer only what works. */
export const answered = (status: string) => status === 'ACCEPTED' || status === 'DECLINED';

export interface QuotationActions {
  /** An edit is a new version and a draft again; an answered quotation is final. */
  edit: boolean;
  approve: boolean;
  send: boolean;
}

export function quotationActions(status: string, mayApprove: boolean): QuotationActions {
  return { edit: !answered(status), approve: status === 'DRAFT' && mayApprove, send: status === 'APPROVED' };
}

export const quotationColors: Record<string, string> = { DRAFT: 'gray', APPROVED: 'blue', SENT: 'indigo', ACCEPTED: 'teal', DECLINED: 'red' };

/** A catalog price ("59.00", "1200") as integer hundredths, exactly. */
export function hundredths(price: string): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(price.trim());
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

const shown = (value: number) => `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

/** What catalog lines come to, for a preview; the API computes the binding total from the catalog. */
export function previewTotal(lines: { price: string; quantity: number }[]): string {
  const sum = lines.reduce((total, line) => total + hundredths(line.price) * line.quantity, 0);
  return Number.isNaN(sum) ? '—' : shown(sum);
}
