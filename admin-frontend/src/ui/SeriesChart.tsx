import { Text } from '@mantine/core';

export interface Point {
  day: string;
  value: number;
}

/** One series per day as columns in plain SVG; the label names every day's number, so it reads without colour. */
export function SeriesChart({ title, points, color = '#1c7ed6', unit = '' }: { title: string; points: Point[]; color?: string; unit?: string }) {
  const max = Math.max(1, ...points.map((p) => p.value));
  const width = 640;
  const height = 100;
  const slot = width / Math.max(1, points.length);
  const bar = Math.max(2, slot - 3);
  const step = Math.ceil(points.length / 10);
  const described = points.map((p) => `${p.day}: ${p.value}${unit}`).join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <Text component="figcaption" fw={600} size="sm" mb={6}>{title}</Text>
      {points.every((p) => p.value === 0) ? <Text size="sm" c="dimmed" py="md">None in this period.</Text> : (
      <svg role="img" aria-label={`${title}: ${described}`} viewBox={`0 0 ${width} ${height + 18}`} width="100%">
        {points.map((p, i) => (
          <g key={p.day} transform={`translate(${i * slot} 0)`}>
            <rect x="1" y={height - (p.value / max) * height} width={bar} height={Math.max(1, (p.value / max) * height)} fill={color} rx="1" />
            {i % step === 0 && <text x={slot / 2} y={height + 14} fontSize="10" textAnchor="middle" fill="#495057">{p.day.slice(5)}</text>}
          </g>
        ))}
      </svg>
      )}
    </figure>
  );
}
