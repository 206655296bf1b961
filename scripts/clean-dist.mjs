// Empties dist/ before a build so no stale file survives a rename.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
