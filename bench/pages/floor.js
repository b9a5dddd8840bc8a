// The floor: the least a page can do to show a widget's first step. It asks the
// same mock for the same first data as the widget (the trial-offer catalogue's
// first pages, both lists at once; or Connect's studio list) and writes the
// titles. Network plus API, and nothing else, so the widget's times are
// reported as ratios to this page's.

const host = document.getElementById("floor");
const base = host.getAttribute("api-base");
const get = async (path) => {
  const response = await fetch(base + path, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
};

async function titles() {
  if (host.getAttribute("backend") === "open-api") {
    const lists = "/v1/trial-offers/bookable-trial-offers";
    const [classes, appointments] = await Promise.all([
      get(`${lists}/classes?offset=0&sliceSize=100`),
      get(`${lists}/appointments/bookable?offset=0&sliceSize=100`),
    ]);
    return [
      ...classes.result.map((c) => c.trialOfferClass.title),
      ...appointments.result.map((a) => a.trialOfferBookableAppointment.title),
    ];
  }
  return (await get("/connect/v2/studio")).map((s) => s.studioName);
}

const list = document.createElement("ul");
for (const title of await titles()) {
  const item = document.createElement("li");
  item.textContent = title;
  list.append(item);
}
host.append(list);
