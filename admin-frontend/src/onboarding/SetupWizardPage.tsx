import { Alert, Badge, Button, Group, Paper, Stepper, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client';
import { Loaded, PageHeader, notifyFailure } from '../ui/feedback';
import { AiStep, FaqStep, GoLiveStep, ProfileStep, StaffStep, WhatsAppStep } from './steps';
import { CatalogStep } from './CatalogStep';
import { TestChatStep } from './TestChatStep';

type Progress = Schemas['ProgressView'];
type Step = 'PROFILE' | 'CATALOG' | 'FAQS' | 'WHATSAPP' | 'AI' | 'STAFF' | 'TEST_CHAT' | 'GO_LIVE';
export const progressKey = ['onboarding'];

const LABELS: Record<Step, [string, string]> = {
  PROFILE: ['Business', 'Profile and hours'],
  CATALOG: ['Catalog', 'Import or add services'],
  FAQS: ['FAQs', 'Common questions'],
  WHATSAPP: ['WhatsApp', 'Connect a number'],
  AI: ['Assistant', 'Safe defaults'],
  STAFF: ['Team', 'Invite staff'],
  TEST_CHAT: ['Test chat', 'Try the assistant'],
  GO_LIVE: ['Go live', 'Start answering'],
};

/** Every step saves on the server, so the wizard resumes where the owner left it, on any device. */
export default function SetupWizardPage() {
  const progress = useQuery({ queryKey: progressKey, queryFn: () => unwrap(api.GET('/api/onboarding')) });
  return (
    <>
      <PageHeader title="Set up your business" description="Eight short steps; you can leave and come back at any time." />
      <Loaded query={progress} what="your setup">{(p) => <Wizard progress={p} />}</Loaded>
    </>
  );
}

function Wizard({ progress }: { progress: Progress }) {
  const queries = useQueryClient();
  const steps = progress.steps as Step[];
  const active = steps.indexOf(progress.current as Step);

  async function move(step: Step, done: boolean) {
    try {
      const next = await unwrap(api.PUT('/api/onboarding/progress', { body: { step, done } }));
      queries.setQueryData(progressKey, next);
    } catch (error) {
      notifyFailure(error);
    }
  }
  const finish = (step: Step) => () => move(step, true);

  return (
    <Paper withBorder p="md">
      {!progress.emailVerified && <Alert color="yellow" mb="md">Verify your email (see the link we sent) before going live.</Alert>}
      {progress.live && <Alert color="teal" mb="md" title="You are live">The assistant answers your customers on WhatsApp.</Alert>}
      <Stepper active={active} onStepClick={(i) => { const step = steps[i]; if (step) void move(step, false); }} size="sm" allowNextStepsSelect={false}
        wrap={false} styles={{ steps: { overflowX: 'auto' } }}>
        {steps.map((step) => (
          <Stepper.Step key={step} label={LABELS[step][0]} description={LABELS[step][1]}
            completedIcon={undefined} allowStepSelect={progress.done.includes(step) || step === progress.current}>
            <StepBody step={step} onDone={finish(step)} progress={progress} />
          </Stepper.Step>
        ))}
      </Stepper>
      <Group mt="md" gap="xs">
        <Text size="sm" c="dimmed">Done:</Text>
        {progress.done.length === 0 ? <Text size="sm" c="dimmed">nothing yet</Text>
          : progress.done.map((d) => <Badge key={d} variant="light">{LABELS[d as Step]?.[0] ?? d}</Badge>)}
      </Group>
    </Paper>
  );
}

function StepBody({ step, onDone, progress }: { step: Step; onDone: () => Promise<void>; progress: Progress }) {
  switch (step) {
    case 'PROFILE': return <ProfileStep onDone={onDone} />;
    case 'CATALOG': return <CatalogStep onDone={onDone} />;
    case 'FAQS': return <FaqStep onDone={onDone} />;
    case 'WHATSAPP': return <WhatsAppStep onDone={onDone} />;
    case 'AI': return <AiStep onDone={onDone} />;
    case 'STAFF': return <StaffStep onDone={onDone} />;
    case 'TEST_CHAT': return <TestChatStep onDone={onDone} />;
    case 'GO_LIVE': return <GoLiveStep live={progress.live} />;
  }
}

export function Continue({ onDone, label = 'Continue' }: { onDone: () => Promise<void>; label?: string }) {
  return <Group justify="flex-end" mt="md"><Button onClick={() => void onDone()}>{label}</Button></Group>;
}
