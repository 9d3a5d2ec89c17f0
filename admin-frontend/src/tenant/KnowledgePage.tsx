import { Tabs } from '@mantine/core';
import { PageHeader } from '../ui/feedback';
import { FaqsPanel } from './FaqsPanel';
import { LookupsPanel } from './LookupsPanel';

export default function KnowledgePage() {
  return (
    <>
      <PageHeader title="FAQs and lookup tables" description="What the assistant may answer from, besides the services." />
      <Tabs defaultValue="faqs" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="faqs">FAQs</Tabs.Tab>
          <Tabs.Tab value="lookups">Lookup tables</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="faqs"><FaqsPanel /></Tabs.Panel>
        <Tabs.Panel value="lookups"><LookupsPanel /></Tabs.Panel>
      </Tabs>
    </>
  );
}
