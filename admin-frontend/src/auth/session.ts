import { apiErrorFrom, unreachable } from '../api/errors';
import type { components } from '../api/schema';

type Tokens = components['schemas']['Tokens'];
type Listener = () => void;

const REFRESH_TOKEN_KEY = 'parley.refreshToken';
/** Refresh this long before the access token expires, so no request goes out with a dying token. */
const EARLY_REFRESH_MS = 30_000;

/**
 * Holds the tokens of the signed-in user: the access token in memory only, the refresh token in
 * sessionStorage (it survives a reload of this tab, nothing else). Refreshes rotate the refresh
 * token; a rejected refresh (expired, reused, revoked) signs the user out.
 */
export class Session {
  private accessToken: string | null = null;
  private expiresAt = 0;
  private refreshing: Promise<string | null> | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly send: typeof fetch,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** True while there is a way to call the API without asking for the password again. */
  get active(): boolean {
    return this.accessToken !== null || this.storage.getItem(REFRESH_TOKEN_KEY) !== null;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async login(email: string, password: string): Promise<void> {
    this.keep(await this.post('/api/auth/login', { email, password }));
  }

  async logout(): Promise<void> {
    const refreshToken = this.storage.getItem(REFRESH_TOKEN_KEY);
    const accessToken = this.accessToken;
    this.end();
    if (!refreshToken || !accessToken) return;
    await this.send('/api/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ refreshToken }),
    }).catch(() => undefined); // the session is over locally either way
  }

  /** Sends a request with the access token, refreshing first when it is about to expire and once more on a 401. */
  async authorizedFetch(request: Request): Promise<Response> {
    const retry = request.clone();
    const token = await this.currentAccessToken();
    const response = await this.sendWith(request, token);
    if (response.status !== 401 || token === null) return response;
    const renewed = token === this.accessToken ? await this.refresh() : this.accessToken;
    return renewed === null ? response : this.sendWith(retry, renewed);
  }

  private async currentAccessToken(): Promise<string | null> {
    if (this.accessToken !== null && this.now() < this.expiresAt - EARLY_REFRESH_MS) return this.accessToken;
    return this.refresh();
  }

  /** One refresh at a time: concurrent callers share it (a second use of a rotated token would end the session). */
  private refresh(): Promise<string | null> {
    this.refreshing ??= this.rotate().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async rotate(): Promise<string | null> {
    const refreshToken = this.storage.getItem(REFRESH_TOKEN_KEY);
    if (refreshToken === null) {
      this.end();
      return null;
    }
    try {
      this.keep(await this.post('/api/auth/refresh', { refreshToken }));
      return this.accessToken;
    } catch {
      this.end();
      return null;
    }
  }

  private async post(path: string, body: object): Promise<Tokens> {
    const response = await this.send(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => {
      throw unreachable();
    });
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) throw apiErrorFrom(response.status, answer);
    return answer as Tokens;
  }

  private sendWith(request: Request, token: string | null): Promise<Response> {
    if (token !== null) request.headers.set('Authorization', `Bearer ${token}`);
    return this.send(request);
  }

  private keep(tokens: Tokens): void {
    const wasActive = this.accessToken !== null;
    this.accessToken = tokens.accessToken;
    this.expiresAt = this.now() + tokens.expiresIn * 1000;
    this.storage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
    if (!wasActive) this.notify();
  }

  private end(): void {
    const wasActive = this.active;
    this.accessToken = null;
    this.expiresAt = 0;
    this.storage.removeItem(REFRESH_TOKEN_KEY);
    if (wasActive) this.notify();
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }
}
