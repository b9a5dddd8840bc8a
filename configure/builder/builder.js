// The snippet builder (configure.html): an agency chooses the widget's
// attributes and custom properties; a live <trial-booking> beside the options
// follows every change, and the page writes the snippet and the CSS to paste.
//
// A plain ES module, not Leptos: the widget's components are its booking
// steps, none of them a form control of this page; a Leptos page would be a
// fourth wasm build, and its texts would ride in every visitor's texts file.
// The preview is the shipped element itself, loaded by the shipped loader, so
// what the agency sees is what the studio's page gets.
//
// What it offers comes from options.js, which native tests generate from the
// attribute table, the languages and the stylesheet: a new attribute or
// custom property appears here without an edit. Its own texts are in
// texts/en.json. No inline script or style: it runs under
// `script-src 'self'; style-src 'self'` (custom properties are set through
// the CSSOM, which that policy allows).

import { ATTRIBUTES, GROUPS, LANGUAGES, VARIABLES } from "./options.js";

/** The loader's URL on the public CDNs (the npm package, every 1.x release). */
const CDN_LOADERS = {
  jsdelivr: "https://cdn.jsdelivr.net/npm/trial-booking@1/dist/trial-booking.js",
  unpkg: "https://unpkg.com/trial-booking@1/dist/trial-booking.js",
};
const TAG = "trial-booking";
/** Typing waits this long before the preview re-mounts and the warnings are said again. */
const SETTLE_MS = 400;
/** The flow the demo studio shows in the preview for a backend whose API the page cannot reach yet. */
const FLOW_OF = { "open-api": "trial-offers", connect: "trial-session" };
/** Colour pairs of the palette and the contrast WCAG AA asks of them (text 4.5:1, borders 3:1). */
const CONTRAST = [
  ["--tb-color-on-accent", "--tb-color-accent", 4.5],
  ["--tb-color-text", "--tb-color-surface", 4.5],
  ["--tb-color-muted", "--tb-color-surface", 4.5],
  ["--tb-color-border", "--tb-color-surface", 3],
  ["--tb-color-error", "--tb-color-error-surface", 4.5],
];

const TEXTS = await (await fetch(new URL("texts/en.json", import.meta.url))).json();

/** The builder's text `key` with `{name}` variables filled in; a missing key is a bug, and says so. */
function t(key, vars = {}) {
  const text = TEXTS[key];
  if (typeof text !== "string") throw new Error(`configure/builder/texts/en.json has no "${key}"`);
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** Nodes for a line of the texts' or the attribute table's Markdown: `code` spans, the rest as text. */
function inline(text) {
  return text.split(/(`[^`]+`)/).filter(Boolean).map((part) => {
    if (!part.startsWith("`")) return document.createTextNode(part);
    const code = document.createElement("code");
    code.textContent = part.slice(1, -1);
    return code;
  });
}

/** An element with attributes and children (strings are text). */
function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, "");
    else if (value !== false && value != null) el.setAttribute(name, value);
  }
  el.append(...children.flat());
  return el;
}

/** The choice a one-of attribute's documented default names (`demo`), or null ("follows `backend`"). */
function defaultChoice(attribute) {
  const named = /^`([^`]+)`$/.exec(attribute.default)?.[1];
  return attribute.choices.includes(named) ? named : null;
}

/**
 * What the widget makes of a URL attribute (`config::url`): "https", a "path"
 * on the page's own site, "loopback" (http:// on this computer), "http", a
 * "scheme" it does not take, or "malformed".
 */
function urlKind(value) {
  if (/[\s\\?#]/.test(value)) return "malformed";
  if (value.startsWith("/")) return value.startsWith("//") ? "scheme" : "path";
  let url;
  try {
    url = new URL(value);
  } catch {
    return "malformed";
  }
  if (url.protocol === "https:") return "https";
  if (url.protocol !== "http:") return "scheme";
  return /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(url.hostname) ? "loopback" : "http";
}

// ---------------------------------------------------------------- the form

const form = document.getElementById("options");
/** Every option's control: name → { attribute, row, get() → value or null (not set), inputs }. */
const controls = new Map();

/** The description under a control: the table's text and its default. */
function hint(id, ...lines) {
  return h("p", { class: "builder__hint", id }, ...lines.filter(Boolean).map((line, i) => [i ? " " : "", ...inline(line)]));
}

function attributeControl(a) {
  const id = `opt-${a.name}`;
  const hintId = `hint-${a.name}`;
  const description = hint(hintId, /[.!?]$/.test(a.values) ? a.values : `${a.values}.`, t("default", { default: a.default }));
  const label = (forId) => h("label", { for: forId }, h("code", {}, a.name));
  let row;
  let get;
  let inputs;
  if (a.kind === "one-of") {
    const preset = defaultChoice(a);
    const choices = preset ? a.choices : ["", ...a.choices];
    inputs = choices.map((choice) =>
      h("input", { type: "radio", name: id, value: choice, id: `${id}-${choice || "unset"}`, checked: choice === (preset ?? "") }),
    );
    row = h(
      "fieldset",
      { class: "builder__option builder__choices", "aria-describedby": hintId },
      h("legend", {}, h("code", {}, a.name)),
      inputs.map((input) =>
        h("label", { class: "builder__choice", for: input.id }, input, input.value ? h("code", {}, input.value) : inline(t("not-set", { default: a.default }))),
      ),
      description,
    );
    // Backend always shows in the snippet: it says which studio system the widget books with.
    get = () => {
      const value = inputs.find((input) => input.checked)?.value ?? "";
      return value === "" || (value === preset && a.name !== "backend") ? null : value;
    };
  } else if (a.kind === "some-of") {
    // Several words at once (`analytics="datalayer gtag"`): one checkbox each.
    inputs = a.choices.map((choice) => h("input", { type: "checkbox", name: id, value: choice, id: `${id}-${choice}` }));
    row = h(
      "fieldset",
      { class: "builder__option builder__choices", "aria-describedby": hintId },
      h("legend", {}, h("code", {}, a.name)),
      inputs.map((input) => h("label", { class: "builder__choice", for: input.id }, input, h("code", {}, input.value))),
      description,
    );
    get = () => inputs.filter((input) => input.checked).map((input) => input.value).join(" ") || null;
  } else if (a.kind === "flag") {
    const input = h("input", { type: "checkbox", id, "aria-describedby": hintId });
    inputs = [input];
    row = h("div", { class: "builder__option builder__flag" }, input, label(id), description);
    get = () => (input.checked ? "" : null);
  } else if (a.kind === "language") {
    const names = new Intl.DisplayNames(["en"], { type: "language" });
    const select = h(
      "select",
      { id, "aria-describedby": hintId },
      h("option", { value: "" }, t("language-not-set")),
      LANGUAGES.map((code) => h("option", { value: code }, `${code}: ${new Intl.DisplayNames([code], { type: "language" }).of(code)} (${names.of(code)})`)),
    );
    inputs = [select];
    row = h("div", { class: "builder__option" }, label(id), select, description);
    get = () => select.value || null;
  } else {
    const input = h("input", {
      type: "text",
      id,
      "aria-describedby": hintId,
      autocomplete: "off",
      spellcheck: "false",
      inputmode: a.kind === "id" ? "numeric" : a.kind === "url" ? "url" : null,
    });
    inputs = [input];
    row = h("div", { class: "builder__option" }, label(id), input, description);
    get = () => input.value.trim() || null;
  }
  row.dataset.attribute = a.name;
  controls.set(a.name, { attribute: a, row, get, inputs });
  return row;
}

/** A custom property: its value as text (empty: the theme's default) and, for a colour, a picker. */
const variableControls = new Map();
function variableControl(v) {
  const id = `var-${v.name.slice(2)}`;
  const hintId = `hint-${v.name.slice(2)}`;
  const input = h("input", { type: "text", id, placeholder: v.light, autocomplete: "off", spellcheck: "false", "aria-describedby": hintId });
  const about = `var${v.name}` in TEXTS ? t(`var${v.name}`) : null;
  const parts = [h("label", { for: id }, h("code", {}, v.name)), input];
  let picker = null;
  if (v.property === "color") {
    picker = h("input", { type: "color", id: `${id}-picker`, value: /^#[0-9a-f]{6}$/i.test(v.light) ? v.light : "#000000", "aria-label": t("pick", { name: v.name }) });
    // Before the form's own listener (an ancestor's) reads the options.
    picker.addEventListener("input", () => (input.value = picker.value));
    input.addEventListener("input", () => {
      if (/^#[0-9a-f]{6}$/i.test(input.value.trim())) picker.value = input.value.trim().toLowerCase();
    });
    parts.push(picker);
  }
  const row = h("div", { class: "builder__option builder__variable" }, ...parts, hint(hintId, about, t("default", { default: `\`${v.light}\`` })));
  variableControls.set(v.name, { variable: v, input, picker });
  return row;
}

function variablesFieldset(key, variables) {
  return h(
    "fieldset",
    { class: "builder__group", "data-group": key },
    h("legend", {}, t(`group-${key}`)),
    h("p", { class: "builder__about" }, inline(t("variables-about"))),
    variables.map(variableControl),
  );
}

/** Where the snippet loads the loader from: a public CDN, or the studio's own copy of dist/. */
let loaderUrl;
function loaderFieldset() {
  const choices = ["jsdelivr", "unpkg", "self"].map((key) => {
    const input = h("input", { type: "radio", name: "loader", id: `loader-${key}`, value: key, checked: key === "jsdelivr" });
    return h("label", { class: "builder__choice", for: input.id }, input, inline(t(`loader-${key}`)), key === "self" ? "" : h("span", { class: "builder__url" }, ` ${CDN_LOADERS[key]}`));
  });
  loaderUrl = h("input", { type: "text", id: "loader-url", inputmode: "url", autocomplete: "off", spellcheck: "false", placeholder: "https://studio.example/widget/trial-booking.js" });
  return h(
    "fieldset",
    { class: "builder__group", "data-group": "loader" },
    h("legend", {}, t("group-loader")),
    choices,
    h("div", { class: "builder__option", id: "loader-self-url" }, h("label", { for: "loader-url" }, inline(t("loader-url"))), loaderUrl),
    h("p", { class: "builder__hint" }, inline(t("loader-about"))),
  );
}

for (const group of GROUPS) {
  form.append(
    h(
      "fieldset",
      { class: "builder__group", "data-group": group },
      h("legend", {}, t(`group-${group}`)),
      ATTRIBUTES.filter((a) => a.group === group).map(attributeControl),
    ),
  );
  if (group === "look") {
    form.append(variablesFieldset("colours", VARIABLES.filter((v) => v.property === "color")));
    form.append(variablesFieldset("sizes", VARIABLES.filter((v) => v.property !== "color")));
  }
}
form.append(loaderFieldset());

// ---------------------------------------------------------------- state

/**
 * What the options say: the backend, the attributes the snippet carries (in
 * the table's order; those the backend does not take are left out), the
 * custom properties set (name → value; `invalid` those the browser refuses),
 * and the loader's URL.
 */
function read() {
  const backend = controls.get("backend").get();
  const attributes = new Map();
  for (const [name, control] of controls) {
    control.row.hidden = !control.attribute.backends.includes(backend);
    const value = control.row.hidden ? null : control.get();
    if (value !== null) attributes.set(name, value);
  }
  // A fieldset none of whose attributes the backend takes is left out too.
  for (const fieldset of form.querySelectorAll(":scope > fieldset")) {
    const rows = [...fieldset.querySelectorAll(":scope > [data-attribute]")];
    if (rows.length) fieldset.hidden = rows.every((row) => row.hidden);
  }
  const variables = new Map();
  const invalid = [];
  for (const [name, { variable, input }] of variableControls) {
    const value = input.value.trim();
    if (!value) continue;
    if (CSS.supports(variable.property, value)) variables.set(name, value);
    else invalid.push({ name, value, property: variable.property });
  }
  const source = form.querySelector("input[name=loader]:checked").value;
  document.getElementById("loader-self-url").hidden = source !== "self";
  const loader = source === "self" ? loaderUrl.value.trim() : CDN_LOADERS[source];
  return { backend, attributes, variables, invalid, source, loader };
}

// ---------------------------------------------------------------- snippet

const escapeAttribute = (value) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const escapeText = (value) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** The custom properties as CSS on the element ("" when none is set); `<` escaped, so it can never close a `<style>`. */
function cssText(variables) {
  if (!variables.size) return "";
  const lines = [...variables].map(([name, value]) => `  ${name}: ${value.replace(/</g, "\\3c ")};`);
  return `${TAG} {\n${lines.join("\n")}\n}\n`;
}

/** The element with its attributes: on one line, or one attribute a line when that is long. */
function elementText(attributes) {
  const parts = [...attributes].map(([name, value]) => (value === "" && controls.get(name).attribute.kind === "flag" ? name : `${name}="${escapeAttribute(value)}"`));
  const oneLine = `<${TAG}${parts.map((p) => ` ${p}`).join("")}></${TAG}>`;
  if (oneLine.length <= 100) return oneLine;
  const indent = " ".repeat(TAG.length + 2);
  return `<${TAG} ${parts.join(`\n${indent}`)}></${TAG}>`;
}

/** The opener a popup without its floating button needs on the page. */
const needsTrigger = (attributes) => attributes.get("display") === "popup" && !attributes.has("floating-button");

function snippetText(state) {
  const css = cssText(state.variables);
  const lines = [`<script type="module" src="${escapeAttribute(state.loader)}"></script>`, ""];
  if (css) lines.push("<style>", css.trimEnd(), "</style>");
  if (needsTrigger(state.attributes)) lines.push(`<button type="button" data-trial-booking-open>${escapeText(t("trigger"))}</button>`);
  lines.push(elementText(state.attributes));
  return `${lines.join("\n")}\n`;
}

// ---------------------------------------------------------------- warnings

/** The colour a CSS colour value paints, as [r, g, b] in sRGB, or null if it is not opaque. */
const paint = new OffscreenCanvas(1, 1).getContext("2d", { willReadFrequently: true });
function rgb(colour) {
  paint.clearRect(0, 0, 1, 1);
  paint.fillStyle = "#000";
  paint.fillStyle = colour;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
  return a === 255 ? [r, g, b] : null;
}

/** WCAG 2's contrast ratio of two sRGB colours. */
function contrast(a, b) {
  const luminance = (c) =>
    c.map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** What cannot work, or may not be what the agency wants: [{ key, vars, field }] (field: the control's id). */
function warnings(state) {
  const found = [];
  const warn = (key, vars = {}, field = null) => found.push({ key, vars, field });
  const { attributes, backend } = state;
  for (const [name, { attribute: a, row }] of controls) {
    if (row.hidden) continue;
    const value = attributes.get(name);
    if (a.kind === "url" && value) {
      const kind = urlKind(value);
      if (kind === "http") warn("warn-url-http", { name }, `opt-${name}`);
      else if (kind === "loopback") warn("warn-url-loopback", { name }, null);
      else if (kind === "scheme") warn("warn-url-scheme", { name }, `opt-${name}`);
      else if (kind === "malformed") warn("warn-url-malformed", { name }, `opt-${name}`);
    }
    if (a.kind === "id" && value && !(/^[1-9]\d*$/.test(value) && BigInt(value) <= 2n ** 63n - 1n)) warn("warn-id", { name }, `opt-${name}`);
  }
  if (backend !== "demo" && !attributes.has("api-base")) warn("warn-api-base-missing", { backend }, "opt-api-base");
  if (backend === "connect" && !attributes.has("studio-id")) warn("warn-studio-id-missing", {}, null);
  if (!attributes.has("privacy-url")) warn("warn-privacy-missing", {}, null);
  if (attributes.has("floating-button") && attributes.get("display") !== "popup") warn("warn-floating-needs-popup");
  if (attributes.get("mode") === "lead" && backend === "open-api") warn("warn-lead-needs-connect");
  const flow = attributes.get("flow");
  if (flow && backend !== "demo" && flow !== FLOW_OF[backend]) warn("warn-flow", { flow, backend });
  for (const { name, value, property } of state.invalid) warn("warn-css", { name, value, property }, `var-${name.slice(2)}`);
  const theme = attributes.get("theme") ?? "light";
  for (const scheme of theme === "auto" ? ["light", "dark"] : [theme]) {
    for (const [fg, bg, need] of CONTRAST) {
      if (!state.variables.has(fg) && !state.variables.has(bg)) continue;
      const colour = (name) => state.variables.get(name) ?? variableControls.get(name)?.variable[scheme];
      const [a, b] = [rgb(colour(fg)), rgb(colour(bg))];
      if (!a || !b) continue;
      const ratio = contrast(a, b);
      if (ratio < need) warn("warn-contrast", { fg, bg, ratio: ratio.toFixed(2), need, theme: t(`theme-${scheme}`) });
    }
  }
  if (state.source === "self") {
    if (!state.loader) warn("warn-loader-missing", {}, "loader-url");
    else if (!["https", "path"].includes(urlKind(state.loader)) || !/\/trial-booking\.js$/.test(state.loader)) warn("warn-loader-url", {}, "loader-url");
  }
  return found;
}

const warningList = document.getElementById("warnings");
let saidWarnings = null;
function showWarnings(found) {
  const said = JSON.stringify(found.map(({ key, vars }) => [key, vars]));
  for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  for (const { field } of found) if (field) document.getElementById(field)?.setAttribute("aria-invalid", "true");
  if (said === saidWarnings) return;
  saidWarnings = said;
  const items = found.length ? found.map(({ key, vars }) => h("li", {}, inline(t(key, vars)))) : [h("li", { class: "builder__ok" }, t("warn-none"))];
  warningList.replaceChildren(h("ul", {}, items));
}

// ---------------------------------------------------------------- preview

const previewHost = document.getElementById("preview");
const previewNote = document.getElementById("preview-note");
const trigger = h("button", { type: "button", class: "builder__trigger", "data-trial-booking-open": "" }, t("trigger"));
const triggerRow = h("div", { class: "builder__trigger-row", hidden: true }, trigger, h("p", { class: "builder__hint" }, inline(t("trigger-about"))));
const preview = document.createElement(TAG);

/**
 * The preview's attributes: the snippet's, except that a backend whose API this
 * page cannot reach yet (no api-base, a path on the studio's site, one the
 * widget refuses) shows the demo studio in that backend's flow. Also the note
 * that says which.
 */
function previewOf(state) {
  const attributes = new Map(state.attributes);
  const { backend } = state;
  if (backend === "demo") return { attributes, note: t("preview-demo") };
  const base = attributes.get("api-base");
  const kind = base ? urlKind(base) : null;
  if (kind === "https" || kind === "loopback") return { attributes, note: t("preview-live", { url: base }) };
  attributes.set("backend", "demo");
  attributes.delete("api-base");
  if (!attributes.has("flow")) attributes.set("flow", FLOW_OF[backend]);
  const flow = attributes.get("flow");
  return { attributes, note: kind === "path" ? t("preview-path", { flow }) : t("preview-demo-for", { flow, backend }) };
}

function showPreview(state) {
  const { attributes, note } = previewOf(state);
  for (const name of preview.getAttributeNames()) if (name !== "style" && !attributes.has(name)) preview.removeAttribute(name);
  for (const [name, value] of attributes) if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  for (const name of variableControls.keys()) {
    if (state.variables.has(name)) preview.style.setProperty(name, state.variables.get(name));
    else preview.style.removeProperty(name);
  }
  triggerRow.hidden = !needsTrigger(state.attributes);
  previewNote.replaceChildren(...inline(note));
}

// ---------------------------------------------------------------- output

const snippet = document.getElementById("snippet");
const css = document.getElementById("css");
/** A textarea as tall as its text. */
function fill(textarea, text) {
  textarea.value = text;
  textarea.rows = Math.max(3, text.split("\n").length);
}

let settle;
/** Writes the snippet and CSS now; the preview and the warnings now, or once typing pauses. */
function update({ now = true } = {}) {
  const state = read();
  fill(snippet, snippetText(state));
  fill(css, cssText(state.variables));
  clearTimeout(settle);
  const rest = () => {
    showPreview(state);
    showWarnings(warnings(state));
  };
  if (now) rest();
  else settle = setTimeout(rest, SETTLE_MS);
}

const copied = document.getElementById("copied");
/** Copies a textarea's text, and says so (or, where the browser refuses, selects it and says how). */
async function copy(textarea, done) {
  let key = done;
  try {
    await navigator.clipboard.writeText(textarea.value);
  } catch {
    textarea.focus();
    textarea.select();
    key = "copy-failed";
  }
  // Emptied first, so a second copy is announced again.
  copied.textContent = "";
  setTimeout(() => (copied.textContent = t(key)), 100);
}

// ---------------------------------------------------------------- start

for (const el of document.querySelectorAll("[data-text]")) el.replaceChildren(...inline(t(el.dataset.text)));
document.title = t("title");
css.placeholder = t("css-empty");
document.getElementById("copy-snippet").addEventListener("click", () => copy(snippet, "copied-snippet"));
document.getElementById("copy-css").addEventListener("click", () => copy(css, "copied-css"));
form.addEventListener("submit", (event) => event.preventDefault());
form.addEventListener("input", (event) => update({ now: event.target.type !== "text" }));
form.addEventListener("change", () => update());
update();
previewHost.append(triggerRow, preview);
document.documentElement.dataset.builder = "ready";
