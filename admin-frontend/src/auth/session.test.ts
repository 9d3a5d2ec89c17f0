import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from './session';

/** A fake of the auth endpoints and one protected endpoint, speaking the API's wire format. */
class FakeApi {
  issued = 0;
  refreshCalls = 0;
  validAccess = new Set<string>();
  liveRefresh = new Set<string>();
  seenAuthorization: (string | null)[] = [];

  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://app'), init);
    const path = new URL(request.url).pathname;
    const body = request.method === 'POST' ? ((await request.json()) as Record<string, string>) : {};
    if (path === '/api/auth/login') {
      return body.password === 'right' ? this.tokens() : this.error(401, 'invalid_credentials', 'The email or password is wrong.');
    }
    if (path === '/api/auth/refresh') {
      this.refreshCalls++;
      if (!this.liveRefresh.delete(body.refreshToken ?? '')) {
        return this.error(401, 'refresh_token_reused', 'This refresh token was used before; the session is ended. Sign in again.');
      }
      return this.tokens();
    }
    const authorization = request.headers.get('Authorization');
    this.seenAuthorization.push(authorization);
    if (!this.validAccess.has(authorization?.replace('Bearer ', '') ?? '')) return this.error(401, 'unauthorized', 'Sign in again.');
    return new Response('{"items":[]}', { status: 200 });
  };

  private tokens(): Response {
    this.issued++;
    const pair = { accessToken: `access-${this.issued}`, refreshToken: `refresh-${this.issued}`, expiresIn: 900 };
    this.validAccess.add(pair.accessToken);
    this.liveRefresh.add(pair.refreshToken);
    return new Response(JSON.stringify(pair), { status: 200 });
  }

  private error(status: number, error: string, message: string): Response {
    return new Response(JSON.stringify({ error, message }), { status });
  }
}

describe('Session', () => {
  let api: FakeApi;
  let storage: Map<string, string>;
  let clock: number;
  let session: Session;
  const protectedCall = () => session.authorizedFetch(new Request('http://app/api/services'));

  beforeEach(() => {
    api = new FakeApi();
    storage = new Map();
    clock = 1_000_000;
    const store = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v), removeItem: (k: string) => void storage.delete(k) };
    session = new Session(api.fetch, store, () => clock);
  });

  it('sends the access token and keeps only the refresh token in storage', async () => {
    await session.login('a@b.example', 'right');
    expect((await protectedCall()).status).toBe(200);
    expect(api.seenAuthorization).toEqual(['Bearer access-1']);
    expect([...storage.values()]).toEqual(['refresh-1']);
  });

  it('shows the API sentence when the password is wrong', async () => {
    await expect(session.login('a@b.example', 'wrong')).rejects.toThrow('The email or password is wrong.');
    expect(session.active).toBe(false);
  });

  it('refreshes an expiring token before the call and rotates the refresh token', async () => {
    await session.login('a@b.example', 'right');
    clock += 880_000;
    expect((await protectedCall()).status).toBe(200);
    expect(api.seenAuthorization).toEqual(['Bearer access-2']);
    expect([...storage.values()]).toEqual(['refresh-2']);
  });

  it('refreshes once for many concurrent calls after a 401, then repeats each call', async () => {
    await session.login('a@b.example', 'right');
    api.validAccess.clear();
    const answers = await Promise.all([protectedCall(), protectedCall(), protectedCall()]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(api.refreshCalls).toBe(1);
  });

  it('signs out when the refresh token is refused (reuse or revocation)', async () => {
    await session.login('a@b.example', 'right');
    let signedOut = false;
    session.subscribe(() => (signedOut = !session.active));
    api.validAccess.clear();
    api.liveRefresh.clear();
    expect((await protectedCall()).status).toBe(401);
    expect(signedOut).toBe(true);
    expect(storage.size).toBe(0);
  });

  it('resumes after a reload from the refresh token alone', async () => {
    await session.login('a@b.example', 'right');
    const reloaded = new Session(api.fetch, { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) }, () => clock);
    expect(reloaded.active).toBe(true);
    expect((await reloaded.authorizedFetch(new Request('http://app/api/services'))).status).toBe(200);
    expect(api.seenAuthorization).toEqual(['Bearer access-2']);
  });

  it('forgets the tokens on logout', async () => {
    await session.login('a@b.example', 'right');
    await session.logout();
    expect(session.active).toBe(false);
    expect(storage.size).toBe(0);
  });
});
