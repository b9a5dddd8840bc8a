// The page's own classic script: it runs before any module script, as a framework's bindings do.
var tb = document.getElementById("tb");
tb.backend = "open-api";
tb.apiBase = new URLSearchParams(location.search).get("api");
