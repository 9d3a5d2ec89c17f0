import { Alert, Anchor, Button, FileInput, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap, type Schemas } from '../api/client';
import { notifyDone, notifyFailure } from '../ui/feedback';
import { Continue } from './SetupWizardPage';

type Preview = Schemas['ImportPreview'];

/** A CSV file is read in the browser, checked by the server (nothing written), shown, and imported only on confirmation. */
export function CatalogStep({ onDone }: { onDone: () => Promise<void> }) {
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function read(file: File | null) {
    setPreview(null);
    setCsv(file ? await file.text() : '');
  }

  async function check() {
    setBusy(true);
    try {
      setPreview(await unwrap(api.POST('/api/services/import/preview', { body: { csv } })));
    } catch (error) {
      notifyFailure(error);
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    setBusy(true);
    try {
      const done = await unwrap(api.POST('/api/services/import', { body: { csv } }));
      setImported(done.imported);
      setPreview(null);
      notifyDone(`${done.imported} services are in your catalog.`);
    } catch (error) {
      notifyFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack mt="md">
      <Text size="sm">Upload a CSV file with a header row: <code>name,price,description,keywords</code> (name and price required; keywords separated by <code>;</code>). Nothing is imported until you confirm.</Text>
      <FileInput label="Catalog file (CSV)" accept=".csv,text/csv" placeholder="Choose a file" onChange={(f) => void read(f)} clearable />
      <Textarea label="Or paste the CSV" autosize minRows={3} maxRows={10} value={csv} onChange={(e) => { setCsv(e.currentTarget.value); setPreview(null); }} />
      <Group>
        <Button variant="default" onClick={() => void check()} disabled={!csv.trim()} loading={busy && !preview}>Check file</Button>
        <Anchor component={Link} to="/services" size="sm">or add services by hand</Anchor>
      </Group>
      {preview && <PreviewTable preview={preview} />}
      {preview?.importable && <Group><Button onClick={() => void confirm()} loading={busy}>Import {preview.importableRows} services</Button></Group>}
      {imported !== null && <Alert color="teal">{imported} services imported.</Alert>}
      <Continue onDone={onDone} />
    </Stack>
  );
}

function PreviewTable({ preview }: { preview: Preview }) {
  return (
    <Stack gap="xs" aria-label="Import preview">
      <Text size="sm">{preview.rowsRead} rows read, {preview.importableRows} ready to import, {preview.problems.length} with problems.</Text>
      {preview.problems.length > 0 && (
        <Alert color="red" title="Fix these rows and check again; nothing was imported">
          <Table withRowBorders={false} verticalSpacing={2} aria-label="Problems">
            <Table.Thead><Table.Tr><Table.Th>Row</Table.Th><Table.Th>Column</Table.Th><Table.Th>Problem</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {preview.problems.map((p, i) => (
                <Table.Tr key={i}><Table.Td>{p.row || 'file'}</Table.Td><Table.Td>{p.column ?? '—'}</Table.Td><Table.Td>{p.message}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
      {preview.rows.length > 0 && (
        <Table.ScrollContainer minWidth={400} mah={240}>
          <Table striped aria-label="Rows to import">
            <Table.Thead><Table.Tr><Table.Th>Row</Table.Th><Table.Th>Name</Table.Th><Table.Th>Price</Table.Th><Table.Th>Description</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {preview.rows.map((r) => (
                <Table.Tr key={r.row}><Table.Td>{r.row}</Table.Td><Table.Td>{r.name}</Table.Td><Table.Td>{r.price}</Table.Td><Table.Td>{r.description}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
