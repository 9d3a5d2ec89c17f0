import { Text } from '@mantine/core';

export interface Bar {
  label: string;
  value: number;
  color: string;
}

/** A horizontal bar chart in plain SVG, with the numbers as text so it reads without colour. */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  return (
    <figure style={{ margin: 0 }}>
      <Text component="figcaption" fw={600} size="sm" mb={6}>{title}</Text>
      <svg role="img" aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`} viewBox={`0 0 320 ${bars.length * rowHeight}`} width="100%">
        {bars.map((bar, i) => (
          <g key={bar.label} transform={`translate(0 ${i * rowHeight})`}>
            <text x="0" y="17" fontSize="12" fill="#343a40">{bar.label}</text>
            <rect x="110" y="5" height="16" rx="3" width={Math.max(2, (bar.value / max) * 170)} fill={bar.color} />
            <text x={116 + (bar.value / max) * 170} y="18" fontSize="12" fill="#212529">{bar.value}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
