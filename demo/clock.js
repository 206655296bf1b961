// Demo pages only, never the widget: `?now=2025-01-04T14:00:00Z` starts the page's clock at that
// instant, so a care pathway can be tried at any hour of the week. The widget reads the time
// from Date.now() alone; this shifts it, and says so on the page.
const now = Date.parse(new URLSearchParams(location.search).get('now') ?? '');
const shown = document.querySelector('[data-clock]');
if (Number.isNaN(now)) {
  if (shown) shown.textContent = 'The clock is the real one.';
} else {
  const offset = now - Date.now();
  const realNow = Date.now.bind(Date);
  Date.now = () => realNow() + offset;
  if (shown) shown.textContent = `The clock is set to ${new Date(now).toUTCString()}.`;
}
