// Every emergency number src/element/regions.ts gives is an emergency number of its region in
// libphonenumber's short-number metadata (Google's, maintained from each country's numbering
// plan): a second, independent source for the number the widget tells a bleeding person to call.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import libphonenumber from 'google-libphonenumber';
import { importSource } from './source.mjs';

const { emergencyNumberFor } = await importSource('src/element/regions.ts');
const shortNumbers = libphonenumber.ShortNumberInfo.getInstance();
const knownRegions = new Set(libphonenumber.PhoneNumberUtil.getInstance().getSupportedRegions());

// Every two-letter code, so a region regions.ts lists cannot be missed.
const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const listed = letters.flatMap((a) => letters.map((b) => a + b)).filter((region) => emergencyNumberFor(region) !== undefined);

test('regions.ts lists emergency numbers for many regions', () => {
  assert.ok(listed.length >= 50, `${listed.length} regions`);
});

for (const region of listed) {
  const number = emergencyNumberFor(region);
  test(`${region} ${number} is an emergency number there`, () => {
    assert.ok(knownRegions.has(region), `${region} is a region libphonenumber knows`);
    assert.ok(shortNumbers.isEmergencyNumber(number, region), `libphonenumber does not list ${number} as an emergency number in ${region}`);
  });
}
