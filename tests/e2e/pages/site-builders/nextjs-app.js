// The browser side of a Next.js/React 19 page with the widget, without either:
// the page's tree is created by script, the <trial-booking> gets its props as
// React 19 gives them to a custom element, and the loader is imported only
// afterwards, from an "effect" (docs/site-builders.md, "Next.js and React").

/** React 19's rule for a custom element's prop: a property if the element has one, else an attribute. */
function setProp(el, name, value) {
  if (name in el) el[name] = value;
  else if (value === true) el.setAttribute(name, "");
  else if (value !== false && value != null) el.setAttribute(name, String(value));
}

function render(root) {
  const page = document.createElement("main");
  page.className = "next-page";
  const h1 = document.createElement("h1");
  h1.textContent = "Your first training is on us";
  const p = document.createElement("p");
  p.textContent = "Pick a class and a time; we will see you there.";
  // <trial-booking backend="demo" lang="en" privacy-url="…" /> in JSX: the
  // element is not defined yet, so each prop becomes an attribute.
  const widget = document.createElement("trial-booking");
  for (const [name, value] of Object.entries({ backend: "demo", lang: "en", "privacy-url": "https://studio.example/privacy" })) {
    setProp(widget, name, value);
  }
  const note = document.createElement("p");
  note.className = "builder-note";
  note.textContent = "Imitation of a Next.js page: this tree was rendered by script, the loader imported afterwards.";
  page.append(h1, p, note, widget);
  root.append(page);
}

render(document.getElementById("app-root"));
// useEffect(() => { import(LOADER) }, []): runs after the tree is in the page.
await import("/cdn/v1/trial-booking.js");
