import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { saveFile } from './download';
import { notifyFailure } from './feedback';
import { PeriodSelect } from './PeriodSelect';
import type { Period, Preset } from './period';

/** A report page's header actions: the period chooser and the CSV download of that period. */
export function PeriodReportActions({ preset, onPreset, period, fetchCsv, fileName }: {
  preset: Preset;
  onPreset: (preset: Preset) => void;
  period: Period;
  fetchCsv: (period: Period) => Promise<Blob>;
  fileName: string;
}) {
  const [downloading, setDownloading] = useState(false);

  async function download() {
    setDownloading(true);
    try {
      saveFile(await fetchCsv(period), fileName);
    } catch (error) {
      notifyFailure(error);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <Group gap="sm">
      <PeriodSelect value={preset} onChange={onPreset} />
      <Button variant="default" size="xs" onClick={() => void download()} loading={downloading}>Download CSV</Button>
    </Group>
  );
}
