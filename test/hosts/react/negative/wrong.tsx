// Must fail tsc: a wrong appearance, and a detail read as if it were the result.
import 'bleeding-triage/define';
import { BleedingTriage } from 'bleeding-triage/react';

export const wrongAppearance = <bleeding-triage appearance="blue"></bleeding-triage>;
export const wrongDetail = <bleeding-triage ontriage-complete={(event) => event.detail.urgency}></bleeding-triage>;
export const wrongWrapper = <BleedingTriage appearance="blue" onTriageComplete={(event) => event.detail.urgency} />;
