// The host page's own language switcher: it only sets lang; the widget does the rest.
const portal = document.querySelector('#portal');
document.querySelector('#language').addEventListener('change', (event) => {
  portal.lang = event.target.value;
});
