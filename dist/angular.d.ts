// Generated from custom-elements.json by scripts/framework-types.mjs: the Angular directive.
import * as i0 from '@angular/core';
import type { BleedingTriageElement, TriageStepEvent, TriageCompleteEvent, TriageActionEvent, TriageResetEvent, TriageRulesetMismatchEvent } from './index.js';

/**
 * Add to a standalone component's `imports` (with `schemas: [CUSTOM_ELEMENTS_SCHEMA]`): Angular's
 * template checker then checks every binding and attribute of <bleeding-triage>. Events need nothing:
 * `(triage-complete)` is typed by the element's event map.
 */
export declare class BleedingTriageDirective {
  set region(value: BleedingTriageElement['region']);
  set emergencyNumber(value: BleedingTriageElement['emergencyNumber']);
  set careName(value: BleedingTriageElement['careName']);
  set carePhone(value: BleedingTriageElement['carePhone']);
  set careUrl(value: BleedingTriageElement['careUrl']);
  set weeks(value: BleedingTriageElement['weeks']);
  set headingLevel(value: BleedingTriageElement['headingLevel']);
  set appearance(value: BleedingTriageElement['appearance']);
  set ruleset(value: BleedingTriageElement['ruleset']);
  set emergencyNumberAttribute(value: BleedingTriageElement['emergencyNumber']);
  set careNameAttribute(value: BleedingTriageElement['careName']);
  set carePhoneAttribute(value: BleedingTriageElement['carePhone']);
  set careUrlAttribute(value: BleedingTriageElement['careUrl']);
  set headingLevelAttribute(value: BleedingTriageElement['headingLevel']);
  set contacts(value: BleedingTriageElement['contacts']);
  set translations(value: BleedingTriageElement['translations']);
  set answers(value: BleedingTriageElement['answers']);
  set questionnaireResponse(value: BleedingTriageElement['questionnaireResponse']);
  static ɵfac: i0.ɵɵFactoryDeclaration<BleedingTriageDirective, never>;
  static ɵdir: i0.ɵɵDirectiveDeclaration<BleedingTriageDirective, "bleeding-triage", never, { "region": { "alias": "region"; "required": false; }; "emergencyNumber": { "alias": "emergencyNumber"; "required": false; }; "careName": { "alias": "careName"; "required": false; }; "carePhone": { "alias": "carePhone"; "required": false; }; "careUrl": { "alias": "careUrl"; "required": false; }; "weeks": { "alias": "weeks"; "required": false; }; "headingLevel": { "alias": "headingLevel"; "required": false; }; "appearance": { "alias": "appearance"; "required": false; }; "ruleset": { "alias": "ruleset"; "required": false; }; "emergencyNumberAttribute": { "alias": "emergency-number"; "required": false; }; "careNameAttribute": { "alias": "care-name"; "required": false; }; "carePhoneAttribute": { "alias": "care-phone"; "required": false; }; "careUrlAttribute": { "alias": "care-url"; "required": false; }; "headingLevelAttribute": { "alias": "heading-level"; "required": false; }; "contacts": { "alias": "contacts"; "required": false; }; "translations": { "alias": "translations"; "required": false; }; "answers": { "alias": "answers"; "required": false; }; "questionnaireResponse": { "alias": "questionnaireResponse"; "required": false; }; }, {}, never, never, true, never>;
}
