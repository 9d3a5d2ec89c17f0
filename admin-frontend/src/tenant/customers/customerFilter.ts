export const CONSENTS = [
  { value: 'GRANTED', label: 'Granted' },
  { value: 'UNKNOWN', label: 'Unknown' },
  { value: 'WITHDRAWN', label: 'Withdrawn' },
] as const;

export const consentLabel = (consent: string) => CONSENTS.find((c) => c.value === consent)?.label ?? consent;

/** Tags as the API keeps them: trimmed, lower case, no blanks, no repeats. */
export function normalTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))];
}
