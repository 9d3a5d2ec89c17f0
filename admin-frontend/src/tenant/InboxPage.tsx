import { Grid } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { Route, Routes, useMatch } from 'react-router';
import { PageHeader } from '../ui/feedback';
import { ConversationList, type ModeFilter } from './inbox/ConversationList';
import { Thread } from './inbox/Thread';

/** Conversations beside the open thread on wide screens; one or the other on a phone. */
export default function InboxPage() {
  const [mode, setMode] = useState<ModeFilter>('ALL');
  const open = useMatch('/inbox/:conversationId')?.params.conversationId;
  const wide = useMediaQuery('(min-width: 62em)', true);
  const list = <ConversationList mode={mode} onMode={setMode} openId={open} />;
  return (
    <>
      <PageHeader title="Inbox" description="Customer conversations; updated every few seconds." />
      <Grid>
        {(wide || !open) && <Grid.Col span={{ base: 12, md: 4 }}>{list}</Grid.Col>}
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Routes>
            <Route path=":conversationId" element={<Thread />} />
            {wide && <Route index element={null} />}
          </Routes>
        </Grid.Col>
      </Grid>
    </>
  );
}
