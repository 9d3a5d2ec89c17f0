import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { PageHeader } from '../ui/feedback';
import { PagedList, usePagedList } from '../ui/paged';

const stars = (rating: number) => '★'.repeat(rating) + '☆'.repeat(Math.max(0, 5 - rating));

export default function ReviewsPage() {
  const reviews = usePagedList(['reviews'], (cursor) => unwrap(api.GET('/api/reviews', { params: { query: { cursor, limit: 50 } } })));
  return (
    <>
      <PageHeader title="Reviews" description="Customers' ratings after an order or a resolved ticket. Low ratings are marked; staff are alerted to each." />
      <PagedList list={reviews} what="reviews" empty="No reviews yet. Ask the customer of an approved order for one from the Orders page.">
        {(items) => (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr><Table.Th>Rating</Table.Th><Table.Th>Comment</Table.Th><Table.Th>About</Table.Th><Table.Th>Customer</Table.Th><Table.Th>When</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id} data-testid="review" data-negative={r.negative} bg={r.negative ? 'var(--mantine-color-red-0)' : undefined}>
                    <Table.Td>
                      <Text c={r.negative ? 'red.9' : 'yellow.9'} fw={700} aria-label={`${r.rating} of 5 stars`} style={{ whiteSpace: 'nowrap' }}>{stars(r.rating)}</Text>
                      {r.negative && <Badge color="red" variant="filled" size="sm">Low rating</Badge>}
                    </Table.Td>
                    <Table.Td><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{r.comment || <Text span c="dimmed" size="sm">No comment</Text>}</Text></Table.Td>
                    <Table.Td><Text size="sm">{r.subjectKind.toLowerCase()} {r.subjectId}</Text></Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.customerPhone}</Text>
                      {r.conversationId && <Anchor component={Link} to={`/inbox/${r.conversationId}`} size="xs">Conversation</Anchor>}
                    </Table.Td>
                    <Table.Td><Text size="sm">{new Date(r.at).toLocaleString()}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </PagedList>
    </>
  );
}
