// Must fail Angular's template checker: a wrong appearance, and a detail read as if it were the result.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import { BleedingTriageDirective } from 'bleeding-triage/angular';

@Component({
  selector: 'app-wrong',
  imports: [BleedingTriageDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<bleeding-triage appearance="blue" (triage-complete)="heard = $event.detail.urgency"></bleeding-triage>`,
})
export class Wrong {
  heard: unknown;
}
