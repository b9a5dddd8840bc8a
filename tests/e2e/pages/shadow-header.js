// The site's header: a web component whose open shadow root holds the popup's trigger.
customElements.define("site-header", class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: "open" });
    const button = document.createElement("button");
    button.setAttribute("data-trial-booking-open", "trial");
    button.textContent = "Book a free trial";
    root.append(button);
  }
});
