// Writes the pass/fail/skip totals of a test-runner run to a JSON file, for scripts/run-tests.mjs.
import { writeFileSync } from 'node:fs';

function countSuite(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, totals);
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      if (!file) return;
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals);
        // A file that failed to load, or threw outside a test, is a failure of its own.
        if (!session.passed && (session.errors?.length || !session.testResults)) totals.failed += 1;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
