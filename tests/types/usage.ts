// Type-checked with `tsc --strict` by tests/e2e/types.test.mjs: how a
// TypeScript site uses the element. Lines marked @ts-expect-error must fail.
import type { TrialBookingElement } from "../../dist/trial-booking";

const widget = document.querySelector("trial-booking");
if (widget) {
  widget.apiBase = "/booking-proxy";
  widget.display = "popup";
  widget.floatingButton = true;
  widget.open();
  widget.addEventListener("trial-booking:booked", (event) => {
    const outcome: "BOOKED" | "BOOKED_WITH_CONFIRMATION_REQUIRED" | "WAITING_LIST" | "CALL_BACK" = event.detail.outcome;
    const start: string = event.detail.start;
    console.log(outcome, start, event.detail.offer?.title);
  });
  // @ts-expect-error: an event detail has no personal data
  widget.addEventListener("trial-booking:details-submitted", (event) => event.detail.email.trim());
  // @ts-expect-error: display is inline or popup
  widget.display = "modal";
  // @ts-expect-error: there is no such method
  widget.submit();
}

document.addEventListener("trial-booking:failed", (event) => {
  const category: string = event.detail.category;
  console.log(category);
});

const created: TrialBookingElement = document.createElement("trial-booking");
created.backend = "connect";
// @ts-expect-error: an unknown backend
created.backend = "magicline";
window.dataLayer?.push({});
