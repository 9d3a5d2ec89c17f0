import { Group, Text } from '@mantine/core';

export interface Day {
  day: string;
  inbound: number;
  outbound: number;
}

const IN = '#1c7ed6';
const OUT = '#0ca678';

/** Messages per day as paired columns in plain SVG; the label names every day's numbers, so it reads without colour. */
export function DailyChart({ title, days }: { title: string; days: Day[] }) {
  const max = Math.max(1, ...days.flatMap((d) => [d.inbound, d.outbound]));
  const width = 640;
  const slot = width / Math.max(1, days.length);
  const height = 120;
  const bar = Math.max(2, slot / 2 - 2);
  const described = days.map((d) => `${d.day}: ${d.inbound} in, ${d.outbound} out`).join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <Group justify="space-between" mb={6}>
        <Text component="figcaption" fw={600} size="sm">{title}</Text>
        <Group gap="sm">
          <Text size="xs"><span style={{ color: IN }}>■</span> from customers</Text>
          <Text size="xs"><span style={{ color: OUT }}>■</span> to customers</Text>
        </Group>
      </Group>
      <svg role="img" aria-label={`${title}: ${described}`} viewBox={`0 0 ${width} ${height + 18}`} width="100%">
        {days.map((d, i) => (
          <g key={d.day} transform={`translate(${i * slot} 0)`}>
            <rect x="1" y={height - (d.inbound / max) * height} width={bar} height={Math.max(1, (d.inbound / max) * height)} fill={IN} rx="1" />
            <rect x={bar + 2} y={height - (d.outbound / max) * height} width={bar} height={Math.max(1, (d.outbound / max) * height)} fill={OUT} rx="1" />
            {(i % 2 === days.length % 2 || days.length <= 7) && (
              <text x={slot / 2} y={height + 14} fontSize="10" textAnchor="middle" fill="#495057">{d.day.slice(5)}</text>
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}
