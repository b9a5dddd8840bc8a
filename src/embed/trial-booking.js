// trial-booking embed entry point. Load it with
//   <script type="module" src="https://…/trial-booking.js"></script>
// and place <trial-booking></trial-booking> where the widget should appear.
// The widget's code and wasm are loaded from next to this file, whatever its URL.
import init from "./tb-widget.js";

init({ module_or_path: new URL("tb-widget_bg.wasm", import.meta.url) });
