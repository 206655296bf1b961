// The care pathway's routing, in the details file: which contact serves the person's weeks and
// is open now, else which opens next and the region's out-of-hours route, else, with the weeks
// not pinned, every contact by its weeks. The engine never sees any of it: it has no clock.
import { html, nothing, type TemplateResult } from 'lit';
import { MAX_WEEKS, MIN_WEEKS, type WeekRange } from '../engine/stage.js';
import type { Urgency } from '../engine/types.js';
import { formatter } from '../i18n/format.js';
import { resolveLocale } from '../i18n/locales.js';
import { readPhone, readText, warn } from './attributes.js';
import { clock } from './clock.js';
import { CONTACT_TAG } from './contact-element.js';
import type { ContactReason } from './events.js';
import { isOpen, nextChange, nextOpening, openIntervals, overlap, parseOpeningHours, type Interval, type OpeningHours } from './opening-hours.js';
import { careCall, type Contacts, type OutcomePage } from './outcome.js';
import type { CareRoute, Contact, Pathway, Phone } from './pathway.js';
import { isTimeZone, wallTime } from './time-zone.js';
import type { View } from './view.js';

const say = (message: string) => console.warn(`<bleeding-triage>: ${message}`);

/** What routing reads of a contact beyond its name, number and page. */
interface Particulars {
  /** The weeks it serves, within 0–45; null when they cannot be read (it then serves none). */
  weeks: WeekRange | null;
  /** Undefined when they cannot be read: the contact then counts as open, "check their opening hours". */
  hours?: OpeningHours;
  /** Undefined: the browser's. */
  zone?: string;
  selfReferral: boolean;
  textphone?: Phone;
  interpreter?: Phone;
  note?: string;
  onTheWay: boolean;
}

function yesNo(field: string, value: unknown, otherwise: boolean): boolean {
  if (value == null) return otherwise;
  const text = typeof value === 'boolean' || typeof value === 'string' ? String(value).trim().toLowerCase() : undefined;
  // A boolean attribute written bare ("on-the-way") is "".
  if (text === 'yes' || text === 'true' || text === '') return true;
  if (text === 'no' || text === 'false') return false;
  warn(field, value, `expected yes or no; reading it as ${otherwise ? 'yes' : 'no'}`);
  return otherwise;
}

const kebab = (field: string) => field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function readParticulars(contact: Contact): Particulars {
  // Child elements give attributes (self-referral), `.contacts` gives properties (selfReferral).
  const written = (name: string) => (contact.label.startsWith(CONTACT_TAG) ? kebab(name) : name);
  const field = (name: string) => contact.field(written(name));
  // Own fields only: a `weeks` on a polluted Object.prototype is not this contact's.
  const given = (name: string) => (Object.hasOwn(contact.given, written(name)) ? contact.given[written(name)] : undefined);
  const weeksGiven = given('weeks');
  const weeks = servedWeeks(weeksGiven);
  const within = weeks && { from: Math.max(weeks.from, MIN_WEEKS), to: Math.min(weeks.to, MAX_WEEKS) };
  if (!weeks) warn(field('weeks'), weeksGiven, 'expected weeks such as "0-15" or "16-"; this contact is left out');
  else if (within!.from > within!.to) warn(field('weeks'), weeksGiven, `weeks run from ${MIN_WEEKS} to ${MAX_WEEKS}; this contact is left out`);
  else if (within!.from !== weeks.from || within!.to !== weeks.to) warn(field('weeks'), weeksGiven, `weeks run from ${MIN_WEEKS} to ${MAX_WEEKS}; reading it as ${range(within!)}`);
  const hoursText = readText(field('hours'), given('hours'));
  const hours = hoursText === undefined ? 'always' : parseOpeningHours(hoursText);
  if (!hours) warn(field('hours'), given('hours'), 'expected opening hours such as "Mo-Fr 08:00-17:00" or "24/7"; treating them as open, and the card asks the person to check their opening hours');
  let zone = readText(field('timezone'), given('timezone'));
  if (zone && !isTimeZone(zone)) {
    warn(field('timezone'), given('timezone'), "expected an IANA time zone such as Europe/London; reading the hours in the browser's time zone");
    zone = undefined;
  }
  return {
    weeks: within && within.from <= within.to ? within : null,
    hours,
    zone,
    selfReferral: yesNo(field('selfReferral'), given('selfReferral'), true),
    textphone: readPhone(field('textphone'), given('textphone')),
    interpreter: readPhone(field('interpreter'), given('interpreter')),
    note: readText(field('note'), given('note')),
    onTheWay: yesNo(field('onTheWay'), given('onTheWay'), false),
  };
}

// Each contact is read once (the main file reads a new one whenever the host changes anything).
const particulars = new WeakMap<Contact, Particulars>();
function particularsOf(contact: Contact): Particulars {
  if (!particulars.has(contact)) particulars.set(contact, readParticulars(contact));
  return particulars.get(contact)!;
}

/** When the contact is open, around `now`; undefined when its hours cannot be read. */
function intervalsOf(contact: Contact, now: number): Interval[] | undefined {
  const { hours, zone } = particularsOf(contact);
  return hours && openIntervals(hours, zone, now);
}

/** Open now, or hours that cannot be read (the safe reading: the card says to check them). */
function openNow(contact: Contact, now: number): boolean {
  const intervals = intervalsOf(contact, now);
  return !intervals || isOpen(intervals, now);
}

const range = ({ from, to }: WeekRange) => (from === to ? `${from}` : `${from}-${to}`);

/**
 * The weeks a contact serves as written: "0-15", "16-", or { from, to }; absent is every week.
 * Null when they cannot be read.
 */
function servedWeeks(value: unknown): WeekRange | null {
  if (value == null || value === '') return { from: MIN_WEEKS, to: MAX_WEEKS };
  const match = typeof value === 'string' ? /^\s*(\d+)\s*[-\u2013]\s*(\d*)\s*$/.exec(value) : null;
  const { from, to = MAX_WEEKS } = match ? { from: Number(match[1]), to: match[2] ? Number(match[2]) : undefined } : (Object(value) as Partial<WeekRange>);
  return Number.isInteger(from) && Number.isInteger(to) && from! <= to ? { from: from!, to } : null;
}

const weeksOf = (contact: Contact) => particularsOf(contact).weeks;

/** Whether a contact serves any of the weeks. */
const serves = (contact: Contact, { from, to }: WeekRange) => {
  const weeks = weeksOf(contact);
  return !!weeks && weeks.from <= to && weeks.to >= from;
};

/** Whether a contact serves every one of the weeks, so the choice does not hang on which week it is. */
const covers = (contact: Contact, { from, to }: WeekRange) => {
  const weeks = weeksOf(contact);
  return !!weeks && weeks.from <= from && weeks.to >= to;
};

const checked = new WeakSet<Pathway>();

/**
 * Warns, once per pathway, about what the main file does not: a contact with no phone or page
 * (care-name alone too), a nameless one, unreadable weeks, hours and time zones, weeks no
 * contact serves, and two contacts for some of the same weeks open at the same time (the first
 * listed is chosen; contacts for exactly the same weeks are a deliberate first and second
 * choice, and are not warned about).
 */
export function checkPathway(pathway: Pathway): void {
  if (checked.has(pathway)) return;
  checked.add(pathway);
  for (const contact of pathway.contacts) {
    if (!contact.phone && !contact.url && !contact.phoneText) warn(contact.field('phone'), contact.given.phone, 'there is no phone number or web page to give: the card says their number is in the maternity notes or on the hospital website');
    if (!contact.name && pathway.declared) say(`${contact.label} has no name: the card calls it "your care team"`);
  }
  if (!pathway.declared) return;
  const now = clock.now();
  const contacts = pathway.contacts.filter(weeksOf);
  for (let week = MIN_WEEKS; week <= MAX_WEEKS; week += 1) {
    if (contacts.some((contact) => serves(contact, { from: week, to: week }))) continue;
    let to = week;
    while (to < MAX_WEEKS && !contacts.some((contact) => serves(contact, { from: to + 1, to: to + 1 }))) to += 1;
    const next = contacts.find((contact) => weeksOf(contact)!.from === to + 1) ?? pathway.contacts[0];
    say(`${next.field('weeks')}: no contact serves weeks ${range({ from: week, to })}; for those weeks the card gives the general advice on who to contact`);
    week = to;
  }
  contacts.forEach((first, index) => {
    for (const later of contacts.slice(index + 1)) {
      const [a, b] = [weeksOf(first)!, weeksOf(later)!];
      const shared = { from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) };
      if (shared.from > shared.to || (a.from === b.from && a.to === b.to)) continue;
      if (!overlap(intervalsOf(first, now) ?? [[-Infinity, Infinity]], intervalsOf(later, now) ?? [[-Infinity, Infinity]])) continue;
      say(`${later.field('weeks')}: weeks ${range(shared)} are also served by ${first.label}, open at the same times; when both are open, the first listed is chosen`);
    }
  });
}

/** How long until any contact opens or closes (when the card should route again), or undefined. */
function untilChange(pathway: Pathway, now: number): number | undefined {
  const changes = pathway.contacts.flatMap((contact) => {
    const intervals = intervalsOf(contact, now);
    return (intervals && nextChange(intervals, now)) ?? [];
  });
  return changes.length ? Math.min(...changes) - now : undefined;
}

export interface RouteFor {
  pathway: Pathway;
  /** The weeks the person could be: one week, or the widest reading of a trimester or "not sure". */
  weeks: WeekRange;
  urgency: Urgency;
  contacts: Contacts;
  /** The language tag as written (its region formats days and times) and the catalogue shown. */
  locale: { tag?: string; shown: string };
  actionLink: OutcomePage['actionLink'];
}

/** Days and times in the way of the page's own language tag (en-GB: 8:00), when its catalogue is on show. */
function dateLocale({ tag, shown }: RouteFor['locale']): string {
  try {
    if (tag && resolveLocale(tag).locale === shown && Intl.DateTimeFormat.supportedLocalesOf(tag).length) return tag;
  } catch {
    // Not a well-formed tag: the catalogue's language.
  }
  return shown;
}

/** "They are closed now. Opens Monday at 8:00." in the contact's time zone. */
function closedWords(view: View, contact: Contact, now: number, locale: string): string {
  const opens = nextOpening(intervalsOf(contact, now) ?? [], now);
  if (opens === undefined) return view.t('pathway.hoursUnknown');
  const { zone } = particularsOf(contact);
  const date = ({ year, month, day }: { year: number; month: number; day: number }) => Date.UTC(year, month - 1, day);
  const days = Math.round((date(wallTime(opens, zone)) - date(wallTime(now, zone))) / 86_400_000);
  const time = formatter(`time ${locale} ${zone}`, () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone })).format(opens);
  if (days < 2) return view.t(days ? 'pathway.closed.tomorrow' : 'pathway.closed.today', { time });
  const day = formatter(`weekday ${locale} ${zone}`, () => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: zone })).format(opens);
  return view.t('pathway.closed', { day, time });
}

/** "If you are less than 16 weeks pregnant:", or nothing for a contact for every week. */
function weeksWords(view: View, { from, to }: WeekRange): string {
  if (from === MIN_WEEKS) return to === MAX_WEEKS ? '' : view.t('pathway.weeks.upTo', { weeks: to + 1 });
  return to === MAX_WEEKS ? view.t('pathway.weeks.from', { weeks: from }) : view.t('pathway.weeks.between', { from, to });
}

const bdi = (text: string) => html`<bdi>${text}</bdi>`;

/** What a contact's card says beyond the call: check the hours, the referral, its accessible routes, its note. */
function particularsWords(view: View, contact: Contact, input: RouteFor, now: number): TemplateResult {
  const { hours, selfReferral, textphone, interpreter, note } = particularsOf(contact);
  const call = (number: Phone) => input.actionLink('call-care', `tel:${number.dial}`, bdi(number.text), undefined, contact.name);
  const urgentCare = input.contacts.urgentCare ?? view.t('urgentCare.unknown');
  return html`${contact.phone || contact.url || contact.phoneText ? nothing : html`<p>${view.t('care.noNumber')}</p>`}
    ${hours ? nothing : html`<p>${view.t('pathway.hoursUnknown')}</p>`}
    ${selfReferral ? nothing : html`<p>${view.parts('pathway.referral', { name: bdi(contact.name ?? view.t('cta.careFallbackName')), urgentCare })}</p>`}
    ${textphone ? html`<p>${view.parts('pathway.textphone', { number: call(textphone) })}</p>` : nothing}
    ${interpreter ? html`<p>${view.parts('pathway.interpreter', { number: call(interpreter) })}</p>` : nothing}
    ${note ? html`<p>${bdi(note)}</p>` : nothing} ${openNow(contact, now) ? nothing : html`<p>${closedWords(view, contact, now, dateLocale(input.locale))}</p>`}`;
}

const chosen = (contact: Contact, reason: ContactReason) => (contact.name ? { name: contact.name, reason } : undefined);

/**
 * Who the card sends the person to. Urgent and prompt cards: the first contact for their weeks
 * that is open now (`open`, or `next-open` when an earlier one is closed); when all are closed,
 * the region's out-of-hours route, saying when the soonest opens (`out-of-hours`); with the weeks
 * not pinned, every contact for the weeks they could be, each with its weeks (`weeks-unknown`).
 * Emergency cards call the emergency number: the pathway adds only "then tell them you are on
 * your way", when the host asks for it (beside the region's accessible routes to that number).
 */
export function route(view: View, input: RouteFor): CareRoute {
  checkPathway(input.pathway);
  const now = clock.now();
  return { ...routeAt(view, input, now), until: untilChange(input.pathway, now) };
}

function routeAt(view: View, input: RouteFor, now: number): CareRoute {
  const serving = input.pathway.contacts.filter((contact) => serves(contact, input.weeks));
  if (input.urgency === 'emergency') {
    const routes = input.contacts.emergencyRoutes;
    const link = routes?.link && html`<a href=${routes.link}>${new URL(routes.link).hostname}</a>`;
    const told = serving.find((contact) => particularsOf(contact).onTheWay && covers(contact, input.weeks) && openNow(contact, now));
    const name = told && bdi(told.name ?? view.t('cta.careFallbackName'));
    const onTheWay = told?.phone
      ? view.parts('pathway.onTheWay.phone', { name, phone: input.actionLink('call-care', `tel:${told.phone.dial}`, bdi(told.phone.text), undefined, told.name) })
      : told && view.parts('pathway.onTheWay', { name });
    return {
      more: html`${routes ? html`<p class="routes">${view.parts(routes.words, { link })}</p>` : nothing} ${onTheWay ? html`<p class="pathway">${onTheWay}</p>` : nothing}`,
      chosen: told && chosen(told, 'open'),
    };
  }
  const [first] = serving;
  if (!first) return {};
  const reach = (contact: Contact) => ({ phone: contact.phone, url: contact.url, phoneText: contact.phoneText, contact: contact.name });
  if (serving.some((contact) => !covers(contact, input.weeks))) {
    const list = serving.map(
      (contact) => html`<li>
        ${weeksWords(view, weeksOf(contact)!)} <strong>${bdi(contact.name ?? view.t('cta.careFallbackName'))}</strong>
        ${careCall(view, input.actionLink, reach(contact))} ${particularsWords(view, contact, input, now)}
      </li>`,
    );
    return { more: html`<ul class="pathway">${list}</ul>`, chosen: chosen(first, 'weeks-unknown') };
  }
  const open = serving.find((contact) => openNow(contact, now));
  if (open) {
    return { name: open.name, ...reach(open), more: html`<div class="pathway">${particularsWords(view, open, input, now)}</div>`, chosen: chosen(open, open === first ? 'open' : 'next-open') };
  }
  const opensAt = (contact: Contact) => nextOpening(intervalsOf(contact, now) ?? [], now) ?? Infinity;
  const soonest = serving.reduce((best, contact) => (opensAt(contact) < opensAt(best) ? contact : best));
  // The region's line is not one of the host's contacts: its call names none.
  const { urgentCare } = input.contacts;
  const call = urgentCare && input.actionLink('call-care', `tel:${urgentCare}`, view.t('cta.urgentCare', { number: urgentCare }), 'cta');
  return {
    name: urgentCare ?? view.t('care.outOfHours'),
    outOfHours: true,
    more: html`${call || nothing}
      <p class="pathway"><strong>${bdi(soonest.name ?? view.t('cta.careFallbackName'))}</strong> ${closedWords(view, soonest, now, dateLocale(input.locale))}</p>`,
    chosen: chosen(soonest, 'out-of-hours'),
  };
}
