/** A report period of whole UTC days, both inclusive, as the report endpoints take it (?from=&to=). */
export interface Period {
  from: string;
  to: string;
}

/** The periods offered: the API keeps at most 92 days per request. */
export const PRESETS = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
] as const;

export type Preset = (typeof PRESETS)[number]['value'];

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The last `days` UTC days up to and including today. */
export function lastDays(days: number, now: Date = new Date()): Period {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const from = new Date(to);
  from.setUTCDate(from.getUTCDate() - (days - 1));
  return { from: isoDay(from), to: isoDay(to) };
}

/** A ratio (0..1) as a percentage with one decimal; an empty basis reads as a dash, not as 0%. */
export function percent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${Math.round(ratio * 1000) / 10}%`;
}
