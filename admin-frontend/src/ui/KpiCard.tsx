import { Paper, Text } from '@mantine/core';

/** One key figure: a label, the value large, and an optional line saying what it is based on. */
export function KpiCard({ label, value, hint }: { label: string; value: string | number; hint?: string }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fz={26} fw={700} data-testid="kpi-value">{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}
