import createClient from 'openapi-fetch';
import { Session } from '../auth/session';
import { apiErrorFrom, unreachable } from './errors';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

export const session = new Session(globalThis.fetch.bind(globalThis), globalThis.sessionStorage);

/** The typed admin API client: every path, body and answer is checked against /api/openapi.json. */
export const api = createClient<paths>({ fetch: (request) => session.authorizedFetch(request) });

interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The answer's data, or an ApiError carrying the API's sentence. */
export async function unwrap<D>(pending: Promise<Answer<D>>): Promise<D> {
  let answer: Answer<D>;
  try {
    answer = await pending;
  } catch {
    throw unreachable();
  }
  if (!answer.response.ok) throw apiErrorFrom(answer.response.status, answer.error);
  return answer.data as D;
}
