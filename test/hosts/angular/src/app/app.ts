// The README's Angular recipe: CUSTOM_ELEMENTS_SCHEMA lets the tag through, the directive from
// bleeding-triage/angular types every binding and attribute, and the element's event map types $event.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import 'bleeding-triage/define';
import { BleedingTriageDirective } from 'bleeding-triage/angular';
import type { TriageCompleteEvent } from 'bleeding-triage';

@Component({
  selector: 'app-root',
  imports: [BleedingTriageDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular host</h1>
      <bleeding-triage region="GB" care-name="Ward 7" appearance="light" [translations]="overrides" (triage-complete)="done($event)"></bleeding-triage>
      <p id="host-result">{{ urgency() }}</p>
    </main>
  `,
})
export class App {
  readonly urgency = signal('no result yet');
  readonly overrides = { continue: 'Next' };
  done(event: TriageCompleteEvent) {
    this.urgency.set(event.detail.result.urgency);
  }
}
