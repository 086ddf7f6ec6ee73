import { Suspense, type ReactNode } from 'react';
import { LoginForm } from '../../src/auth/login-form';

/** /login: paste the API token once to start, cancel and import through the dashboard. */
export default function LoginPage(): ReactNode {
  return (
    <>
      <h1>Log in</h1>
      <p className="muted">
        Reading results needs no login; starting or cancelling runs and importing models does. Paste the
        server&apos;s API token: <code>TRANSFERLAB_API_TOKEN</code> when set, else the file{' '}
        <code>&lt;data dir&gt;/api-token</code> (<code>npm start</code> prints its path). The browser keeps
        only a session cookie, not the token.
      </p>
      {/* useSearchParams (the page to return to) needs a Suspense boundary in a static page. */}
      <Suspense>
        <LoginForm />
      </Suspense>
    </>
  );
}
