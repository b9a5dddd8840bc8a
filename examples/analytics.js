// The widget's events bubble out of it (composed): one listener on the
// document hears every widget of the page. No event carries personal data.
const log = document.getElementById("log");
for (const name of ["ready", "step", "offer-selected", "studio-selected", "time-selected", "details-submitted", "booked", "failed"]) {
  document.addEventListener(`trial-booking:${name}`, (event) => {
    log.textContent += `${event.type} ${JSON.stringify(event.detail)}\n`;
  });
}
