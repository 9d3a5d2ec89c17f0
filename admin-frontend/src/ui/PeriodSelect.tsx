import { SegmentedControl } from '@mantine/core';
import { PRESETS, type Preset } from './period';

/** Choosing the report period; a radio group, so it works from the keyboard and reads to screen readers. */
export function PeriodSelect({ value, onChange }: { value: Preset; onChange: (value: Preset) => void }) {
  return (
    <SegmentedControl
      aria-label="Period"
      value={value}
      onChange={(v) => onChange(v as Preset)}
      data={PRESETS.map((p) => ({ value: p.value, label: p.label }))}
      size="xs"
    />
  );
}
