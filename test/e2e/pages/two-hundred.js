// Two hundred widgets on one page, as a listing page of a portal might hold.
for (let i = 0; i < 200; i += 1) {
  const widget = document.createElement('bleeding-triage');
  widget.setAttribute('region', 'GB');
  document.body.append(widget);
}
