// The WordPress plugin in a real WordPress (Debian's 6.1, MariaDB, PHP), started by this test:
// the built zip is uploaded and activated as an administrator would, the site's pathway is set
// on the settings page, posts are made with the block and the shortcode through the REST API,
// and a visitor completes a flow in each in Chromium. Hostile values come out inert.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { completeFlow, launch } from '../e2e/browser.mjs';
import { explain, missing } from './prerequisites.mjs';
import { startWordPress } from './site.mjs';

const ZIP = new URL('../../build/wordpress/bleeding-triage.zip', import.meta.url).pathname;
const PLUGIN_URL = '/wp-content/plugins/bleeding-triage';
const CLASSIC = `${PLUGIN_URL}/dist/bleeding-triage.iife.js?ver=0.1.0`;

// The pathway of the public API's example, as the settings page writes it.
const SITE_MARKUP = `<bleeding-triage region="GB">
\t<bleeding-triage-contact name="Early Pregnancy Unit" phone="0121 555 0101" url="https://hospital.example/epu" weeks="0-15" hours="Mo-Fr 08:00-17:00" timezone="Europe/London" self-referral="no" textphone="18001 0121 555 0101" interpreter="0121 555 0199" note="BSL interpreters on request"></bleeding-triage-contact>
\t<bleeding-triage-contact name="Maternity triage" phone="0121 555 0100" weeks="16-" hours="24/7" on-the-way></bleeding-triage-contact>
</bleeding-triage>`;

let site;
let browser;
let admin;
let author;

before(async () => {
  const gaps = missing();
  if (gaps.length) throw new Error(explain(gaps));
  // The zip from the plugin as it is now (and the committed dist/), as npm run build makes it.
  execFileSync('node', [new URL('../../scripts/wordpress-plugin.mjs', import.meta.url).pathname], { stdio: 'inherit' });
  site = await startWordPress();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

/** A signed-in browser session for one of the site's users. */
async function logIn(user) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  await page.goto(`${site.origin}/wp-login.php`);
  await page.fill('#user_login', user.login);
  await page.fill('#user_pass', user.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
  return { context, page };
}

/** The REST API as a user, with the user's application password. */
async function rest(user, route, body) {
  const response = await fetch(`${site.origin}/?rest_route=${route}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Basic ${Buffer.from(`${user.login}:${user.application}`).toString('base64')}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  const json = await response.json();
  assert.ok(response.ok, `${route}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** A block comment as the editor writes one (WordPress's serialize_block_attributes()). */
function block(attributes) {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:bleeding-triage/triage ${json} /-->`;
}

async function publish(user, title, content) {
  const post = await rest(user, '/wp/v2/posts', { title, content, status: 'publish' });
  return `${site.origin}/?p=${post.id}`;
}

/** The widget markup as the server wrote it, each occurrence. */
async function serverMarkup(url) {
  const html = await (await fetch(url)).text();
  return { html, widgets: html.match(/<bleeding-triage[\s>][\s\S]*?<\/bleeding-triage>/g) ?? [] };
}

/**
 * The widget and its children as the browser parsed them: tag and attributes, in order. Of the
 * widget's own attributes, those the page wrote (it reflects others, such as its outcome).
 */
function parsed(page, written = ['region', 'lang', 'heading-level', 'appearance']) {
  return page.evaluate((written) =>
    [...document.querySelectorAll('bleeding-triage')].map((widget) => ({
      attributes: Object.fromEntries([...widget.attributes].filter((a) => written.includes(a.name)).map((a) => [a.name, a.value])),
      children: [...widget.children].map((child) => ({ tag: child.localName, ...Object.fromEntries([...child.attributes].map((a) => [a.name, a.value])) })),
    })),
  written);
}

const SITE_CONTACTS = [
  { tag: 'bleeding-triage-contact', name: 'Early Pregnancy Unit', phone: '0121 555 0101', url: 'https://hospital.example/epu', weeks: '0-15', hours: 'Mo-Fr 08:00-17:00', timezone: 'Europe/London', 'self-referral': 'no', textphone: '18001 0121 555 0101', interpreter: '0121 555 0199', note: 'BSL interpreters on request' },
  { tag: 'bleeding-triage-contact', name: 'Maternity triage', phone: '0121 555 0100', weeks: '16-', hours: '24/7', 'on-the-way': '' },
];

/** A visitor's page that remembers what the console said and which files it asked for. */
async function visit(url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(10000);
  const messages = [];
  const requests = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: error.message }));
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => messages.push({ type: 'dialog', text: dialog.message() }));
  await page.goto(url);
  return { page, messages, requests };
}

/**
 * A visitor opens the page, sees the widget and completes a flow to the urgent outcome at 30
 * weeks, which names the contact the page's pathway gives for 30 weeks.
 */
async function visitAndComplete(url, contact = 'Maternity triage') {
  const visited = await visit(url);
  const { page, messages } = visited;
  const heading = await completeFlow(page);
  assert.equal(heading.replace(/\s+/g, ' ').trim(), `Urgent advice: Phone ${contact} now`);
  assert.equal(await page.locator('bleeding-triage').getAttribute('outcome'), 'urgent');
  assert.deepEqual(messages.filter((m) => ['error', 'pageerror', 'dialog'].includes(m.type)), []);
  return visited;
}

test('the built zip installs through Plugins → Add New → Upload and activates', async (t) => {
  t.diagnostic(`WordPress ${site.php("return get_bloginfo( 'version' );")} set up in ${site.seconds.toFixed(1)} s`);
  admin = await logIn(site.users.admin);
  const { page } = admin;
  await page.goto(`${site.origin}/wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', ZIP);
  await page.click('#install-plugin-submit');
  await page.getByText('Plugin installed successfully.').waitFor();
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await page.getByText('Plugin activated.').waitFor();
  assert.deepEqual(site.php("return get_option( 'active_plugins' );"), ['bleeding-triage/bleeding-triage.php']);
  // Its Settings link is beside it on the Plugins screen.
  assert.equal(await page.locator('tr[data-plugin="bleeding-triage/bleeding-triage.php"] .settings a').getAttribute('href'), `${site.origin}/wp-admin/options-general.php?page=bleeding-triage`);
});

test('Settings → Bleeding triage saves the site\'s region and pathway', async () => {
  const { page } = admin;
  await page.goto(`${site.origin}/wp-admin/options-general.php?page=bleeding-triage`);
  assert.equal(await page.locator('h1').textContent(), 'Bleeding in pregnancy triage');
  const contact = (legend) => page.getByRole('group', { name: legend });
  const fill = async (legend, fields) => {
    for (const [label, value] of Object.entries(fields)) {
      const field = contact(legend).getByLabel(label, { exact: true });
      if ((await field.evaluate((node) => node.localName)) === 'select') await field.selectOption(value);
      else if ((await field.getAttribute('type')) === 'checkbox') await field.check();
      else await field.fill(value);
    }
  };
  await page.getByLabel('Region').fill('gb');
  await fill('Add a contact', {
    Name: 'Early Pregnancy Unit',
    Phone: '0121 555 0101',
    'Web page': 'https://hospital.example/epu',
    'From week': '0',
    'To week': '15',
    'Opening hours': 'Mo-Fr 08:00-17:00',
    'Time zone': 'Europe/London',
    'Takes self-referrals': 'no',
    'Textphone or text relay': '18001 0121 555 0101',
    'Interpreter line': '0121 555 0199',
    Note: 'BSL interpreters on request',
  });
  await page.getByRole('button', { name: 'Save Changes' }).click();
  await page.getByText('Settings saved.').waitFor();
  // Saved, and a new blank contact to add the next.
  await fill('Add a contact', { Name: 'Maternity triage', Phone: '0121 555 0100', 'From week': '16', 'Opening hours': '24/7', 'After calling the emergency number, tell this contact you are on your way': true });
  await page.getByRole('button', { name: 'Save Changes' }).click();
  await page.getByText('Settings saved.').waitFor();
  assert.equal(await page.locator('.notice-warning').count(), 0, 'good values raise no warning');
  assert.equal(await contact('Contact 2: Maternity triage').getByLabel('From week').inputValue(), '16');

  assert.deepEqual(site.php("return get_option( 'bleeding_triage_settings' );"), {
    region: 'GB',
    contacts: [
      { name: 'Early Pregnancy Unit', phone: '0121 555 0101', url: 'https://hospital.example/epu', weeks: '0-15', hours: 'Mo-Fr 08:00-17:00', timezone: 'Europe/London', self_referral: 'no', textphone: '18001 0121 555 0101', interpreter: '0121 555 0199', note: 'BSL interpreters on request', on_the_way: false },
      { name: 'Maternity triage', phone: '0121 555 0100', url: '', weeks: '16-', hours: '24/7', timezone: '', self_referral: '', textphone: '', interpreter: '', note: '', on_the_way: true },
    ],
  });
});

test('a block added by an author with its own pathway: exact markup, and a visitor completes a flow', async () => {
  assert.equal(site.php("return user_can( get_user_by( 'login', 'author' ), 'unfiltered_html' );"), false, 'the author cannot post script');
  const url = await publish(
    site.users.author,
    'Block with its own pathway',
    block({
      region: 'US',
      lang: 'en-US',
      headingLevel: 2,
      appearance: 'auto',
      contacts: [
        { name: "St Mary's Labor & Delivery triage", phone: '(555) 010-0199', url: 'https://hospital.example/l-and-d?from=blog&lang=en', weeks: '20-', hours: '24/7', timezone: 'America/New_York', onTheWay: true },
        { name: 'Emergency Department', phone: '+1 555 010 0100', weeks: '0-19', textphone: '711', interpreter: '(555) 010-0111', note: 'Spanish interpreters at all hours' },
      ],
    }),
  );
  const { widgets, html } = await serverMarkup(url);
  assert.deepEqual(widgets, [
    `<bleeding-triage region="US" lang="en-US" heading-level="2" appearance="auto">
\t<bleeding-triage-contact name="St Mary&#039;s Labor &amp; Delivery triage" phone="(555) 010-0199" url="https://hospital.example/l-and-d?from=blog&#038;lang=en" weeks="20-" hours="24/7" timezone="America/New_York" on-the-way></bleeding-triage-contact>
\t<bleeding-triage-contact name="Emergency Department" phone="+1 555 010 0100" weeks="0-19" textphone="711" interpreter="(555) 010-0111" note="Spanish interpreters at all hours"></bleeding-triage-contact>
</bleeding-triage>`,
  ]);
  assert.match(html, /<div class="wp-block-bleeding-triage-triage"><bleeding-triage /);
  const { page } = await visitAndComplete(url, "St Mary's Labor & Delivery triage");
  assert.deepEqual(await parsed(page), [
    {
      attributes: { region: 'US', lang: 'en-US', 'heading-level': '2', appearance: 'auto' },
      children: [
        { tag: 'bleeding-triage-contact', name: "St Mary's Labor & Delivery triage", phone: '(555) 010-0199', url: 'https://hospital.example/l-and-d?from=blog&lang=en', weeks: '20-', hours: '24/7', timezone: 'America/New_York', 'on-the-way': '' },
        { tag: 'bleeding-triage-contact', name: 'Emergency Department', phone: '+1 555 010 0100', weeks: '0-19', textphone: '711', interpreter: '(555) 010-0111', note: 'Spanish interpreters at all hours' },
      ],
    },
  ]);
  // The classic build, once, from the plugin's folder (WordPress 6.1 has no module scripts).
  assert.deepEqual(await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src') ?? '').filter((src) => src.includes('bleeding-triage'))), [`${site.origin}${CLASSIC}`]);
  assert.equal(await page.locator('script[type="module"]').count(), 0);
  await page.close();
});

test('a block that sets nothing inherits the site\'s region and pathway', async () => {
  const url = await publish(site.users.author, 'Block with the site pathway', block({}));
  assert.deepEqual((await serverMarkup(url)).widgets, [SITE_MARKUP]);
  const { page } = await visitAndComplete(url);
  assert.deepEqual(await parsed(page, ['region', 'lang', 'heading-level']), [{ attributes: { region: 'GB' }, children: SITE_CONTACTS }]);
  await page.close();
});

test('a shortcode in a classic post, with its own pathway over several lines: exact markup, and a flow', async () => {
  const url = await publish(
    site.users.author,
    'Shortcode with its own pathway',
    `If you are bleeding, answer these questions.

[bleeding_triage region="GB" heading-level="2" appearance="dark"]
[bleeding_triage_contact name="Early Pregnancy Unit" phone="0121 555 0101" weeks="0-15" hours="Mo-Fr 08:00-17:00; Sa-Su 09:00-12:00" timezone="Europe/London" self-referral="no"]
[bleeding_triage_contact name="Maternity triage" phone="0121 555 0100" url="https://hospital.example/triage" weeks="16-" on-the-way]
[/bleeding_triage]

We are here to help.`,
  );
  const { widgets, html } = await serverMarkup(url);
  assert.deepEqual(widgets, [
    `<bleeding-triage region="GB" heading-level="2" appearance="dark">
\t<bleeding-triage-contact name="Early Pregnancy Unit" phone="0121 555 0101" weeks="0-15" hours="Mo-Fr 08:00-17:00; Sa-Su 09:00-12:00" timezone="Europe/London" self-referral="no"></bleeding-triage-contact>
\t<bleeding-triage-contact name="Maternity triage" phone="0121 555 0100" url="https://hospital.example/triage" weeks="16-" on-the-way></bleeding-triage-contact>
</bleeding-triage>`,
  ]);
  assert.doesNotMatch(html, /\[\/?bleeding_triage/, 'no shortcode is left as text');
  const { page } = await visitAndComplete(url);
  assert.equal((await parsed(page))[0].children.length, 2);
  await page.close();
});

test('[bleeding_triage] alone inherits the site\'s pathway; care-name/care-phone make a one-contact pathway', async () => {
  const url = await publish(site.users.author, 'Shortcode with the site pathway', '[bleeding_triage]\n\n[bleeding_triage region="IE" care-name="Maternity assessment unit" care-phone="01 555 0100"]');
  assert.deepEqual((await serverMarkup(url)).widgets, [
    SITE_MARKUP,
    `<bleeding-triage region="IE">
\t<bleeding-triage-contact name="Maternity assessment unit" phone="01 555 0100"></bleeding-triage-contact>
</bleeding-triage>`,
  ]);
});

test('pages without the widget load none of its script', async () => {
  const { html } = await serverMarkup(`${site.origin}/?p=1`);
  assert.match(html, /Hello world!/);
  assert.doesNotMatch(html, /bleeding-triage/);
});

/** Whether anything a hostile value could have planted ran or exists on the page. */
async function assertInert(page) {
  const widget = page.locator('bleeding-triage');
  await widget.hover();
  await widget.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Tab');
  const planted = await page.evaluate(() => ({
    ran: Object.keys(window).filter((key) => key.startsWith('pwned')),
    handlers: [...document.querySelectorAll('*')].flatMap((node) => [...node.attributes].filter((a) => /^on[a-z]+$/.test(a.name)).map((a) => `${node.localName} ${a.name}`)),
    inContent: [...document.querySelectorAll('.wp-block-post-content *')].map((node) => node.localName).filter((name) => !['p', 'div', 'br', 'bleeding-triage', 'bleeding-triage-contact'].includes(name)),
  }));
  assert.deepEqual(planted, { ran: [], handlers: [], inContent: [] });
}

test('hostile block attributes (by an administrator, so WordPress filters nothing) come out inert', async () => {
  const url = await publish(
    site.users.admin,
    'Hostile block',
    block({
      region: '"><script>window.pwned1=1</script>',
      lang: 'en"><img src=x onerror=window.pwned2=1>',
      headingLevel: 2,
      appearance: 'dark" onmouseover="window.pwned3=1',
      contacts: [
        {
          name: '"><script>window.pwned4=1</script><b>Ward 7</b>',
          phone: '0121 555 0101\u202E',
          url: 'javascript:window.pwned5=1',
          weeks: '0-15" onfocus="window.pwned6=1',
          hours: '<img src=x onerror=window.pwned7=1>',
          textphone: '18001 0121 ABC',
          interpreter: '\u2066+44 121 555 0199\u2069',
          note: 'Ask at [gallery] or [bleeding_triage]',
        },
        // A flag that is not "yes" is off.
        { name: 'Maternity triage', phone: '0121 555 0100', url: ' JaVaScRiPt:window.pwned8=1', timezone: 'Europe/London"><script>window.pwned9=1</script>', onTheWay: '" autofocus onfocus="window.pwned10=1' },
        { name: 'Day unit', phone: '0121 555 0102', url: 'data:text/html,<script>window.pwned11=1</script>' },
        { name: '', phone: '0121 555 0199', note: 'A contact without a name is left out' },
      ],
    }),
  );
  assert.deepEqual((await serverMarkup(url)).widgets, [
    `<bleeding-triage region="GB" heading-level="2">
\t<bleeding-triage-contact name="&quot;&gt;Ward 7" weeks="0-15&quot; onfocus=&quot;window.pwned6=1" note="Ask at &#91;gallery&#93; or &#91;bleeding_triage&#93;"></bleeding-triage-contact>
\t<bleeding-triage-contact name="Maternity triage" phone="0121 555 0100" timezone="Europe/London&quot;&gt;"></bleeding-triage-contact>
\t<bleeding-triage-contact name="Day unit" phone="0121 555 0102"></bleeding-triage-contact>
</bleeding-triage>`,
  ]);
  const { page } = await visitAndComplete(url);
  await assertInert(page);
  assert.deepEqual((await parsed(page))[0].children.map(({ name, note }) => ({ name, note })), [
    { name: '">Ward 7', note: 'Ask at [gallery] or [bleeding_triage]' },
    { name: 'Maternity triage', note: undefined },
    { name: 'Day unit', note: undefined },
  ]);
  await page.close();
});

test('hostile shortcode attributes come out inert, from an administrator and from an author', async () => {
  const hostile = `[bleeding_triage region='GB" onmouseover="window.pwned1=1' lang="en-GB' autofocus onfocus='window.pwned2=1" heading-level="9" appearance="javascript:window.pwned3=1"]
[bleeding_triage_contact name='Ward 7" onclick="window.pwned4=1" x="' phone="0800 CALL NOW" url="javascript:window.pwned5=1" weeks="0-15"]
[bleeding_triage_contact name="Maternity triage" phone="0121 555 0100\u202E" textphone="\u202E0010 555 1210" interpreter="+44 (0)121 555 0199" url=" JaVaScRiPt:window.pwned6=1" on-the-way]
[bleeding_triage_contact name='"><script>window.pwned7=1</script>' phone="0121 555 0102"]
[/bleeding_triage]`;
  const markup = (last) => `<bleeding-triage region="GB">
\t<bleeding-triage-contact name="Ward 7&quot; onclick=&quot;window.pwned4=1&quot; x=&quot;" weeks="0-15"></bleeding-triage-contact>
\t<bleeding-triage-contact name="Maternity triage" interpreter="+44 (0)121 555 0199" on-the-way></bleeding-triage-contact>${last}
</bleeding-triage>`;
  const expected = {
    // WordPress blanks a shortcode attribute holding <script>: a contact without a name is left out.
    admin: markup(''),
    // An author's post loses its <script> tags when saved; the rest is text.
    author: markup('\n\t<bleeding-triage-contact name="&quot;&gt;window.pwned7=1" phone="0121 555 0102"></bleeding-triage-contact>'),
  };
  for (const user of [site.users.admin, site.users.author]) {
    const url = await publish(user, `Hostile shortcode by ${user.login}`, hostile);
    const { widgets } = await serverMarkup(url);
    assert.deepEqual(widgets, [expected[user.login]], `posted by ${user.login}`);
    const { page } = await visitAndComplete(url);
    await assertInert(page);
    await page.close();
  }
});

test('on WordPress 6.5+ (its module API stood in for here) a page loads the ES module once, and its chunks', async () => {
  const standIn = join(site.wordpress, 'wp-content/mu-plugins/module-api.php');
  copyFileSync(new URL('./mu-plugins/module-api.php', import.meta.url), standIn);
  try {
    const url = await publish(site.users.author, 'Block on a site with module scripts', block({}));
    const { html } = await serverMarkup(url);
    // No ?ver=: the chunks import the module by its plain address, and it must be the same one.
    assert.deepEqual(html.match(/<script\b[^>]*bleeding-triage[^>]*>/g), [`<script type="module" src="${site.origin}${PLUGIN_URL}/dist/bleeding-triage.js" id="bleeding-triage-js-module">`]);
    const { page, messages, requests } = await visitAndComplete(url);
    await page.locator('bleeding-triage [part~="sources"]').waitFor();
    const fromPlugin = requests.filter((request) => request.includes(PLUGIN_URL)).map((request) => request.slice(request.indexOf('/dist/')));
    assert.equal(fromPlugin.filter((path) => path === '/dist/bleeding-triage.js').length, 1, 'the module loads once');
    assert.ok(fromPlugin.some((path) => /^\/dist\/chunks\/details-[\w-]+\.js$/.test(path)), `the details chunk loads from the plugin: ${fromPlugin}`);
    assert.ok(!fromPlugin.some((path) => path.includes('iife')), 'not the classic build as well');
    assert.deepEqual(messages.filter((m) => m.type === 'warning'), []);
    await page.close();
  } finally {
    rmSync(standIn);
  }
});

test('with a classic theme the script loads in the footer, after the widget, as a module or classic', async () => {
  site.php("switch_theme( 'twentytwentyone' ); return get_stylesheet();");
  const standIn = join(site.wordpress, 'wp-content/mu-plugins/module-api.php');
  try {
    const url = await publish(site.users.author, 'Shortcode in a classic theme', '[bleeding_triage]');
    for (const [module, script] of [
      [false, `<script src='${site.origin}${CLASSIC}' id='bleeding-triage-js'></script>`],
      [true, `<script type="module" src="${site.origin}${PLUGIN_URL}/dist/bleeding-triage.js" id="bleeding-triage-js-module"></script>`],
    ]) {
      if (module) copyFileSync(new URL('./mu-plugins/module-api.php', import.meta.url), standIn);
      const { html, widgets } = await serverMarkup(url);
      assert.deepEqual(widgets, [SITE_MARKUP]);
      assert.ok(html.includes(script), `${module ? 'module' : 'classic'}: ${html.match(/<script\b[^>]*bleeding-triage[^>]*>/g)}`);
      assert.ok(html.indexOf(script) > html.indexOf('</bleeding-triage>') && html.indexOf(script) > html.indexOf('</main>'), 'in the footer');
      const { page } = await visitAndComplete(url);
      await page.close();
    }
  } finally {
    rmSync(standIn, { force: true });
    site.php("switch_theme( 'twentytwentythree' ); return get_stylesheet();");
  }
});

test('in the block editor an author adds the block, sees the live widget and gives it its own pathway', async () => {
  author = await logIn(site.users.author);
  const { page } = author;
  await page.goto(`${site.origin}/wp-admin/post-new.php`);
  await page.getByRole('textbox', { name: 'Add title' }).fill('Made in the block editor');
  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await page.getByPlaceholder('Search').fill('bleeding');
  await page.getByRole('option', { name: 'Bleeding in pregnancy triage' }).click();
  // The live widget, with the site's pathway until the block has its own.
  const widget = page.locator('bleeding-triage');
  await widget.getByRole('textbox', { name: 'How many weeks pregnant are you?' }).waitFor();
  assert.deepEqual(await parsed(page, ['region', 'lang', 'heading-level']), [{ attributes: { region: 'GB' }, children: SITE_CONTACTS }]);

  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  const settings = page.getByRole('button', { name: 'Settings', exact: true });
  if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
  const sidebar = page.getByRole('region', { name: 'Editor settings' });
  await sidebar.getByLabel('Region').fill('us');
  await sidebar.getByLabel('Heading level').selectOption('3');
  await sidebar.getByRole('button', { name: 'Add a contact' }).click();
  const contact = sidebar.locator('.components-panel__body', { has: page.getByRole('button', { name: /^Contact 1:/ }) });
  await contact.getByLabel('Name', { exact: true }).fill('Labor and Delivery triage');
  await contact.getByLabel('Phone', { exact: true }).fill('(555) 010-0199');
  await contact.getByLabel('From week').fill('20');
  await contact.getByLabel('Opening hours').fill('24/7');
  assert.deepEqual(await parsed(page), [
    { attributes: { region: 'US', 'heading-level': '3', appearance: 'light' }, children: [{ tag: 'bleeding-triage-contact', name: 'Labor and Delivery triage', phone: '(555) 010-0199', weeks: '20-', hours: '24/7' }] },
  ]);
  // A phone the page would refuse says so, and the preview leaves it out as the page will.
  await contact.getByLabel('Phone', { exact: true }).fill('555 CALL NOW');
  await contact.getByText('Digits, spaces and + ( ) - . only').waitFor();
  assert.equal(await widget.locator('bleeding-triage-contact').getAttribute('phone'), null);
  await contact.getByLabel('Phone', { exact: true }).fill('(555) 010-0199');

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('region', { name: 'Editor publish' }).getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('is now live').first().waitFor();
  const id = Number(new URL(page.url()).searchParams.get('post'));
  assert.deepEqual(site.php(`return parse_blocks( get_post( ${id} )->post_content )[0]['attrs'];`), {
    region: 'US',
    headingLevel: 3,
    contacts: [{ name: 'Labor and Delivery triage', phone: '(555) 010-0199', weeks: '20-', hours: '24/7' }],
  });
  assert.deepEqual((await serverMarkup(`${site.origin}/?p=${id}`)).widgets, [
    `<bleeding-triage region="US" heading-level="3">
\t<bleeding-triage-contact name="Labor and Delivery triage" phone="(555) 010-0199" weeks="20-" hours="24/7"></bleeding-triage-contact>
</bleeding-triage>`,
  ]);
});

test('the settings page refuses authors, and a save without a valid nonce', async () => {
  const saved = site.php("return get_option( 'bleeding_triage_settings' );");
  author ??= await logIn(site.users.author);
  const page = await author.context.newPage();
  const response = await page.goto(`${site.origin}/wp-admin/options-general.php?page=bleeding-triage`);
  assert.equal(response.status(), 403);
  await page.getByText('Sorry, you are not allowed to access this page.').waitFor();
  await page.close();

  const form = { option_page: 'bleeding_triage', action: 'update', 'bleeding_triage_settings[region]': 'US' };
  const post = (who, fields) => who.context.request.post(`${site.origin}/wp-admin/options.php`, { form: fields, maxRedirects: 0 });
  const byAuthor = await post(author, { ...form, _wpnonce: 'not-a-nonce', _wp_http_referer: '/wp-admin/options-general.php?page=bleeding-triage' });
  assert.equal(byAuthor.status(), 403);
  assert.match(await byAuthor.text(), /Sorry, you are not allowed to manage options/);
  for (const fields of [form, { ...form, _wpnonce: 'not-a-nonce' }]) {
    const byAdmin = await post(admin, fields);
    assert.equal(byAdmin.status(), 403);
    assert.match(await byAdmin.text(), /The link you followed has expired/);
  }
  assert.deepEqual(site.php("return get_option( 'bleeding_triage_settings' );"), saved);
});

test('hostile settings are refused or made inert, with a warning naming each, and pages stay inert', async () => {
  const { page } = admin;
  await page.goto(`${site.origin}/wp-admin/options-general.php?page=bleeding-triage`);
  const added = page.getByRole('group', { name: 'Add a contact' });
  await page.getByLabel('Region').fill('1X');
  await added.getByLabel('Name', { exact: true }).fill('"><script>window.pwned1=1</script>Ward 7 [gallery]');
  await added.getByLabel('Phone', { exact: true }).fill('0121 555 O1O1');
  await added.getByLabel('Web page').fill('javascript:window.pwned2=1');
  await added.getByLabel('Textphone or text relay').fill('18001 0121\u202E 555 0101');
  await added.getByLabel('Interpreter line').fill('\u20660121 555 0199\u2069');
  await added.getByLabel('Opening hours').fill('weekdays" onmouseover="window.pwned3=1');
  await added.getByLabel('Time zone').fill('Mars/Olympus_Mons');
  await added.getByLabel('Note').fill('<img src=x onerror=window.pwned4=1>BSL on request');
  await Promise.all([page.waitForURL(/settings-updated=true/), page.getByRole('button', { name: 'Save Changes' }).click()]);
  const name = '">Ward 7 [gallery]';
  assert.deepEqual(await page.locator('.notice-warning p').allTextContents(), [
    'The region was not saved: use a two-letter country code such as GB or US.',
    `The phone number of "${name}" was not saved: use only digits, spaces and + ( ) - . (letters or hidden characters could dial a different number).`,
    `The textphone number of "${name}" was not saved: use only digits, spaces and + ( ) - . (letters or hidden characters could dial a different number).`,
    `The interpreter line of "${name}" was not saved: use only digits, spaces and + ( ) - . (letters or hidden characters could dial a different number).`,
    `The web page of "${name}" was not saved: only http and https addresses are allowed.`,
    `"${name}" has neither a phone number nor a web page, so the widget cannot send anyone to it.`,
    `The opening hours of "${name}" are not in the form "Mo-Fr 08:00-17:00" or "24/7": the widget will treat it as open and ask people to check its opening hours.`,
    `The time zone of "${name}" is not one WordPress knows: use a name such as Europe/London.`,
  ]);
  const settings = site.php("return get_option( 'bleeding_triage_settings' );");
  assert.equal(settings.region, '');
  assert.deepEqual(settings.contacts[2], { name, phone: '', url: '', weeks: '', hours: 'weekdays" onmouseover="window.pwned3=1', timezone: 'Mars/Olympus_Mons', self_referral: '', textphone: '', interpreter: '', note: 'BSL on request', on_the_way: false });

  const url = await publish(site.users.author, 'Block with hostile site settings', block({}));
  assert.deepEqual((await serverMarkup(url)).widgets, [
    SITE_MARKUP.replace('<bleeding-triage region="GB">', '<bleeding-triage>').replace(
      '\n</bleeding-triage>',
      '\n\t<bleeding-triage-contact name="&quot;&gt;Ward 7 &#91;gallery&#93;" hours="weekdays&quot; onmouseover=&quot;window.pwned3=1" timezone="Mars/Olympus_Mons" note="BSL on request"></bleeding-triage-contact>\n</bleeding-triage>',
    ),
  ]);
  const visitor = await visitAndComplete(url);
  await assertInert(visitor.page);
  await visitor.page.close();

  // Put the site back: region GB, and the hostile contact removed.
  await page.getByLabel('Region').fill('GB');
  await page.getByRole('group', { name: /^Contact 3:/ }).getByLabel('Remove this contact when saving').check();
  await page.getByRole('button', { name: 'Save Changes' }).click();
  await page.getByText('Settings saved.').waitFor();
  assert.equal(await page.locator('.notice-warning').count(), 0);
  assert.deepEqual((await serverMarkup(url)).widgets, [SITE_MARKUP]);
});

test('the plugin made no outgoing request and raised no PHP warning or notice', () => {
  assert.deepEqual(site.pluginRequests(), []);
  assert.deepEqual(site.pluginNotices(), []);
});

test('deleting the plugin removes its settings', async () => {
  const { page } = admin;
  assert.notEqual(site.php("return get_option( 'bleeding_triage_settings', 'absent' );"), 'absent');
  await page.goto(`${site.origin}/wp-admin/plugins.php`);
  const row = page.locator('tr[data-plugin="bleeding-triage/bleeding-triage.php"]');
  await row.getByRole('link', { name: 'Deactivate Bleeding in pregnancy triage' }).click();
  await page.getByText('Plugin deactivated.').waitFor();
  page.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('link', { name: 'Delete Bleeding in pregnancy triage' }).click();
  await page.getByText('Bleeding in pregnancy triage was successfully deleted.').waitFor();
  assert.equal(site.php("return get_option( 'bleeding_triage_settings', 'absent' );"), 'absent');
  assert.equal(site.php("return file_exists( WP_PLUGIN_DIR . '/bleeding-triage' );"), false);
});
