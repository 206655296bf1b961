import { Triage } from './triage';

// Rendered on the server for every request, then hydrated.
export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Next.js host</h1>
      <Triage />
    </main>
  );
}
