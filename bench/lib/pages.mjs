// The pages under test: where each lives, how the stopwatch knows its first question and its
// outcome are on screen (probes, run in the page: see watch.mjs), and how a script answers the
// questions on the benchmark's path — weeks 30, light bleeding, none of these, low-lying
// placenta "No", which every page must answer with "urgent".
//
// Each page is driven through its own DOM by the accessible names a person hears, with
// Playwright locators (which pierce <bleeding-triage>'s shadow root). <bleeding-triage> and
// SurveyJS show one question per page, so the path is four answers and four "Continue" clicks;
// LHC-Forms shows every question on one page, so it is four answers and no clicks. `actions`
// counts the Playwright actions on the path, for the per-action figure.

export const EXPECTED_URGENCY = 'urgent';

export const PAGES = {
  ours: {
    label: 'bleeding-triage',
    path: '/bench/pages/ours.html',
    element: true,
    actions: 8,
    probes: {
      first: `(visible) => {
        const input = document.querySelector('bleeding-triage')?.shadowRoot?.getElementById('weeks-input');
        return input && visible(input) ? true : null;
      }`,
      outcome: `(visible) => {
        const host = document.querySelector('bleeding-triage');
        const card = host?.shadowRoot?.querySelector('[part~="outcome"]');
        return card && visible(card) ? host.getAttribute('outcome') : null;
      }`,
    },
    async answer(page) {
      const widget = page.locator('bleeding-triage');
      const next = () => widget.getByRole('button', { name: 'Continue' }).click();
      await widget.getByRole('textbox', { name: 'How many weeks pregnant are you?' }).fill('30');
      await next();
      await widget.getByRole('radio', { name: /^Light bleeding/ }).check();
      await next();
      await widget.getByRole('checkbox', { name: 'None of these' }).check();
      await next();
      await widget.getByRole('radio', { name: 'No', exact: true }).check();
      await next();
    },
  },
  surveyjs: {
    label: 'SurveyJS',
    path: '/bench/pages/surveyjs.html',
    actions: 8,
    probes: {
      first: `(visible) => {
        const input = document.querySelector('[data-name="weeks"] input');
        return input && visible(input) ? true : null;
      }`,
      outcome: `(visible) => {
        const card = document.querySelector('[data-urgency]');
        return card && visible(card) ? card.dataset.urgency : null;
      }`,
    },
    async answer(page) {
      const next = () => page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('spinbutton', { name: 'How many weeks pregnant are you?' }).fill('30');
      await next();
      // SurveyJS's radios and checkboxes are visually hidden inputs under a styled label:
      // a person clicks the label.
      await page.getByText('Light bleeding: less than a period', { exact: true }).click();
      await next();
      await page.getByText('None of these', { exact: true }).click();
      await next();
      await page.getByText('No', { exact: true }).click();
      await next();
    },
  },
  lforms: {
    label: 'LHC-Forms',
    path: '/bench/pages/lforms.html',
    actions: 4,
    probes: {
      first: `(visible) => {
        const input = document.getElementById('weeks/1');
        return input && visible(input) ? true : null;
      }`,
      outcome: `(visible) => {
        for (const urgency of ['emergency', 'urgent', 'prompt']) {
          const row = document.getElementById('label-outcome-' + urgency + '/1') ?? document.querySelector('[id^="outcome-' + urgency + '"]');
          if (row && visible(row)) return urgency;
        }
        return null;
      }`,
    },
    async answer(page) {
      await page.getByRole('textbox', { name: 'How many weeks pregnant are you?' }).fill('30');
      await page.getByText('Light bleeding: less than a period', { exact: true }).click();
      await page.getByText('None of these', { exact: true }).click();
      // Every question is on the page, and "I'm not sure how many weeks" has a "No" too.
      await page.getByRole('radiogroup', { name: /low-lying placenta/ }).getByText('No', { exact: true }).click();
    },
  },
  ours100: {
    label: 'bleeding-triage ×100',
    path: '/bench/pages/ours-100.html',
    element: true,
    probes: {
      first: `(visible) => {
        const hosts = document.querySelectorAll('bleeding-triage');
        if (hosts.length < 100) return null;
        const inputs = [];
        for (const host of hosts) {
          const input = host.shadowRoot?.getElementById('weeks-input');
          if (!input) return null;
          inputs.push(input);
        }
        return inputs.every(visible) ? hosts.length : null;
      }`,
    },
  },
};
