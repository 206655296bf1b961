// Generated from custom-elements.json by scripts/framework-types.mjs: the Angular directive, in partial-compilation form.
import * as i0 from '@angular/core';

/** Types the inputs of <bleeding-triage> in Angular templates and sets each one as the element's property. */
export class BleedingTriageDirective {
  #element = i0.inject(i0.ElementRef).nativeElement;
  set region(value) {
    this.#element.region = value;
  }
  set emergencyNumber(value) {
    this.#element.emergencyNumber = value;
  }
  set careName(value) {
    this.#element.careName = value;
  }
  set carePhone(value) {
    this.#element.carePhone = value;
  }
  set careUrl(value) {
    this.#element.careUrl = value;
  }
  set weeks(value) {
    this.#element.weeks = value;
  }
  set headingLevel(value) {
    this.#element.headingLevel = value;
  }
  set appearance(value) {
    this.#element.appearance = value;
  }
  set ruleset(value) {
    this.#element.ruleset = value;
  }
  set emergencyNumberAttribute(value) {
    this.#element.emergencyNumber = value;
  }
  set careNameAttribute(value) {
    this.#element.careName = value;
  }
  set carePhoneAttribute(value) {
    this.#element.carePhone = value;
  }
  set careUrlAttribute(value) {
    this.#element.careUrl = value;
  }
  set headingLevelAttribute(value) {
    this.#element.headingLevel = value;
  }
  set contacts(value) {
    this.#element.contacts = value;
  }
  set translations(value) {
    this.#element.translations = value;
  }
  set answers(value) {
    this.#element.answers = value;
  }
  set questionnaireResponse(value) {
    this.#element.questionnaireResponse = value;
  }
  static ɵfac = i0.ɵɵngDeclareFactory({ minVersion: '12.0.0', version: '21.0.0', ngImport: i0, type: BleedingTriageDirective, deps: [], target: i0.ɵɵFactoryTarget.Directive });
  static ɵdir = i0.ɵɵngDeclareDirective({
    minVersion: '14.0.0',
    version: '21.0.0',
    type: BleedingTriageDirective,
    isStandalone: true,
    selector: 'bleeding-triage',
    inputs: { region: 'region', emergencyNumber: 'emergencyNumber', careName: 'careName', carePhone: 'carePhone', careUrl: 'careUrl', weeks: 'weeks', headingLevel: 'headingLevel', appearance: 'appearance', ruleset: 'ruleset', emergencyNumberAttribute: ['emergency-number', 'emergencyNumberAttribute'], careNameAttribute: ['care-name', 'careNameAttribute'], carePhoneAttribute: ['care-phone', 'carePhoneAttribute'], careUrlAttribute: ['care-url', 'careUrlAttribute'], headingLevelAttribute: ['heading-level', 'headingLevelAttribute'], contacts: 'contacts', translations: 'translations', answers: 'answers', questionnaireResponse: 'questionnaireResponse' },
    ngImport: i0,
  });
}
