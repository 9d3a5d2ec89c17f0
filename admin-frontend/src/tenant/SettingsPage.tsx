import { SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useMe } from '../auth/AuthProvider';
import { may } from '../auth/roles';
import { Loaded, PageHeader } from '../ui/feedback';
import { AiControls } from './settings/AiControls';
import { ProfileForm } from './settings/ProfileForm';
import { WhatsAppConnection } from './settings/WhatsAppConnection';
import { WorkingHoursForm } from './settings/WorkingHoursForm';

export const settingsKey = ['settings'];

export default function SettingsPage() {
  const me = useMe();
  const settings = useQuery({ queryKey: settingsKey, queryFn: () => unwrap(api.GET('/api/settings')) });
  const readOnly = !may(me.role, 'PUT /api/settings/profile');
  return (
    <>
      <PageHeader title="Settings" description={readOnly ? 'Only an admin of the business can change these.' : 'The business, its hours and its assistant.'} />
      <Loaded query={settings} what="the settings">
        {(s) => (
          <SimpleGrid cols={{ base: 1, lg: 2 }} key={JSON.stringify(s)}>
            <AiControls ai={s.ai} readOnly={!may(me.role, 'PATCH /api/settings/ai')} />
            <ProfileForm settings={s} readOnly={readOnly} />
            <WorkingHoursForm hours={s.workingHours} timezone={s.timezone} readOnly={!may(me.role, 'PUT /api/settings/working-hours')} />
            <WhatsAppConnection whatsapp={s.whatsapp} />
          </SimpleGrid>
        )}
      </Loaded>
    </>
  );
}
