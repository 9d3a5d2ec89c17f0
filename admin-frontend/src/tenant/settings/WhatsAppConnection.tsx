import { Badge, Card, Text, Title } from '@mantine/core';
import type { Schemas } from '../../api/client';

/** The number customers write to. Cloud API numbers are assigned by the platform; admins link a phone to the gateway on the WhatsApp page. */
export function WhatsAppConnection({ whatsapp }: { whatsapp: Schemas['WhatsAppView'] }) {
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">WhatsApp</Title>
      {whatsapp.mode === 'cloud' ? (
        <>
          <Badge color="teal" variant="light" mb="xs">Official Cloud API</Badge>
          <Text size="sm">Customers write to {whatsapp.displayPhoneNumber} (Meta phone number id {whatsapp.phoneNumberId}).</Text>
        </>
      ) : (
        <>
          <Badge color="gray" variant="light" mb="xs">Unofficial gateway</Badge>
          <Text size="sm">This business uses the WhatsApp gateway: an admin links the business phone on the WhatsApp page (QR code or pairing code).</Text>
        </>
      )}
    </Card>
  );
}
