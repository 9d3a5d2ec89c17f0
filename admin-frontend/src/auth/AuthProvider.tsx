import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, session, unwrap, type Schemas } from '../api/client';
import type { Role } from './roles';

export type Me = Schemas['Me'] & { role: Role };

interface Auth {
  me: Me | null;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

const fetchMe = async () => (await unwrap(api.GET('/api/me'))) as Me;

/** Who is signed in. Every sign-in and sign-out clears all cached API data, so nothing crosses logins. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const [me, setMe] = useState<Me | null | 'resuming'>(session.active ? 'resuming' : null);

  useEffect(() => {
    const unsubscribe = session.subscribe(() => {
      if (session.active) return;
      queries.clear();
      setMe(null);
    });
    if (session.active) fetchMe().then(setMe, () => setMe(null));
    return unsubscribe;
  }, [queries]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      queries.clear();
      await session.login(email, password);
      setMe(await fetchMe());
    },
    [queries],
  );

  const signOut = useCallback(async () => {
    await session.logout();
    queries.clear();
    setMe(null);
  }, [queries]);

  const auth = useMemo(() => (me === 'resuming' ? null : { me, signIn, signOut }), [me, signIn, signOut]);
  if (auth === null) return null;
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (auth === null) throw new Error('useAuth is used outside AuthProvider');
  return auth;
}

/** The signed-in user, for pages that are only routed to when someone is signed in. */
export function useMe(): Me {
  const { me } = useAuth();
  if (me === null) throw new Error('useMe is used on a page shown without a signed-in user');
  return me;
}
