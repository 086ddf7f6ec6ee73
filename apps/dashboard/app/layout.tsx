import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AppApolloProvider } from '../src/apollo/apollo-provider';
import { SessionControl } from '../src/auth/session-control';
import { MainNav } from '../src/shell/main-nav';
import './globals.css';

export const metadata: Metadata = {
  title: 'Transferlab',
  description: 'How robust and natural source models transfer to new datasets.',
};

export default function RootLayout({ children }: { readonly children: ReactNode }): ReactNode {
  return (
    <html lang="en">
      <body>
        {/* The top bar lists the registered analyses, so it reads GraphQL too. */}
        <AppApolloProvider>
          <header className="topbar">
            <Link className="brand" href="/">
              Transferlab
            </Link>
            <MainNav />
            <SessionControl />
          </header>
          <main className="page">{children}</main>
        </AppApolloProvider>
      </body>
    </html>
  );
}
