import { Button, Center } from '@mantine/core';
import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { EmptyState, ErrorState, Loading } from './feedback';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A cursor-paged list of the API (`{"items","nextCursor"}`), loaded page by page on request. */
export function usePagedList<T>(key: QueryKey, fetchPage: (cursor: string | undefined) => Promise<Page<T>>, refetchInterval?: number) {
  return useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval,
  });
}

export function PagedList<T>({ list, what, empty, children }: {
  list: ReturnType<typeof usePagedList<T>>;
  what: string;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  if (list.isPending) return <Loading what={what} />;
  if (list.isError) return <ErrorState error={list.error} retry={() => void list.refetch()} />;
  const items = list.data.pages.flatMap((page) => page.items);
  return (
    <>
      {items.length === 0 ? <EmptyState>{empty}</EmptyState> : children(items)}
      {list.hasNextPage && (
        <Center mt="md">
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            Show more
          </Button>
        </Center>
      )}
    </>
  );
}
