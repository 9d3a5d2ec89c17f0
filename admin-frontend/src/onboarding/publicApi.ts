import createClient from 'openapi-fetch';
import type { paths } from '../api/schema';

/** The typed client for the public operations (sign-up, verification): no session, no token. */
export const publicApi = createClient<paths>({ fetch: (request) => globalThis.fetch(request) });
