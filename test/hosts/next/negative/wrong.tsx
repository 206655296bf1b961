'use client';
// Must fail tsc: a wrong appearance, and a detail read as if it were the result.
import { BleedingTriage } from 'bleeding-triage/react';

export const wrong = <BleedingTriage appearance="blue" onTriageComplete={(event) => event.detail.urgency} />;
