import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth, useMe } from '../auth/AuthProvider';
import { LoginPage } from '../login/LoginPage';
import { EmptyState, Loading, PageHeader } from '../ui/feedback';
import { sectionsFor } from './sections';
import { Shell } from './Shell';

const SignUpPage = lazy(() => import('../onboarding/SignUpPage'));
const VerifyPage = lazy(() => import('../onboarding/VerifyPage'));
const publicPage = (Page: typeof SignUpPage) => <Suspense fallback={<Loading what="the page" />}><Page /></Suspense>;
const PasswordPage = lazy(() => import('../account/PasswordPage'));

export function App() {
  const { me } = useAuth();
  const location = useLocation();
  if (me === null) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/signup" element={publicPage(SignUpPage)} />
        <Route path="/verify" element={publicPage(VerifyPage)} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname }} />} />
      </Routes>
    );
  }
  const sections = sectionsFor(me.role);
  return (
    <Routes>
      <Route path="/login" element={<Navigate to={(location.state as { from?: string } | null)?.from ?? '/'} replace />} />
      <Route path="/verify" element={publicPage(VerifyPage)} />
      <Route element={<Shell />}>
        <Route index element={<Navigate to={`/${sections[0]?.path ?? 'nothing'}`} replace />} />
        {sections.map(({ path, page: Page }) => (
          <Route key={path} path={`${path}/*`} element={<Page />} />
        ))}
        <Route path="account/password" element={<PasswordPage />} />
        <Route path="*" element={<NoSuchPage />} />
      </Route>
    </Routes>
  );
}

function NoSuchPage() {
  const me = useMe();
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState>There is no such page for your role ({me.role.toLowerCase().replace('_', ' ')}). Choose one from the menu.</EmptyState>
    </>
  );
}
