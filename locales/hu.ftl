# Magyar. Ugyanazok az üzenetek és változók, mint az en.ftl-ben.
# A magyar számnév után egyes szám áll, ezért itt nincs szükség többes számú alakokra.

widget-heading = Foglald le ingyenes próbaedzésedet
steps-label = A foglalás lépései
step-offer = Ajánlat
step-time = Időpont
step-details = Adataid
step-done = Lefoglalva
step-completed = kész
step-current = aktuális lépés
popup-close = Bezárás
popup-launcher = Ingyenes próbaedzés
empty-title = Jelenleg nincs foglalható időpont
empty-body = Jelenleg nincs foglalható próbaedzés. Nézz vissza később, vagy vedd fel a kapcsolatot a stúdióval.

config-error-title = Ez a foglalási űrlap nem jeleníthető meg
config-error-intro = Az oldalon lévő foglalási űrlap nincs megfelelően beállítva. Kérjük, vedd fel a kapcsolatot a stúdióval. Részletek a weboldal fejlesztőjének:
config-unknown-backend = A backend="{ $value }" nem ismert backend. Ezek közül válassz: { $choices }.
config-unknown-mode = A mode="{ $value }" nem ismert mód. Ezek közül válassz: { $choices }.
config-missing-attribute = A backend="{ $backend }" beállításhoz kell a(z) { $attribute } attribútum.
config-url-scheme = A(z) { $attribute }="{ $value }" értéknek https://-sel kell kezdődnie (http:// csak localhost esetén), vagy /-rel kezdődő útvonalnak kell lennie.
config-url-malformed = A(z) { $attribute }="{ $value }" nem érvényes URL.
config-url-query = A(z) { $attribute }="{ $value }" nem tartalmazhat ? vagy # jelet.
config-invalid-id = A(z) { $attribute }="{ $value }" értéknek pozitív egész számnak kell lennie.
config-url-https-only = A(z) { $attribute }="{ $value }" értéknek https://-sel kell kezdődnie, vagy ezen a webhelyen lévő, /-rel kezdődő útvonalnak kell lennie.
config-invalid-seconds = A(z) { $attribute }="{ $value }" értéknek 0 és 3600 közötti egész számú másodpercnek kell lennie.
config-not-for-backend = A(z) { $attribute } attribútumnak nincs hatása backend="{ $backend }" mellett. Töröld.
config-lead-needs-connect = A mode="lead" beállításhoz backend="connect" vagy backend="demo" kell.
config-empty-heading = A heading attribútum üres. Töröld, hogy az alapértelmezett cím jelenjen meg.
config-backend-not-built = A widget ezen változata nem tud kommunikálni a backend="{ $backend }" beállítással. Töltsd be a widgetet a trial-booking.js segítségével, amely a megfelelő változatot választja.
config-unknown-flow = A flow="{ $value }" nem ismert foglalási folyamat. Ezek közül válassz: { $choices }.
config-flow-not-for-backend = A flow="{ $flow }" nem működik backend="{ $backend }" mellett.
config-invalid-flag = A(z) { $attribute }="{ $value }" értéke csak üres, "true" vagy "false" lehet.
config-unknown-value = A(z) { $attribute }="{ $value }" érték ismeretlen. Ezek közül válassz: { $choices }.
config-floating-needs-popup = A floating-button attribútum csak display="popup" mellett működik.
config-invalid-utm-campaigns = A utm-campaigns="{ $value }" értéknek szabálylistának kell lennie, például "utm_source=newsletter:12 utm_campaign=spring:13" (paraméter=érték:kampányazonosító).
config-misspelled = A(z) { $attribute } attribútum ismeretlen. Erre gondoltál: { $suggestion }?

loading = Betöltés…
try-again = Újra
load-failed = A foglalás most nem érhető el. Próbáld újra egy kis idő múlva.
demo-notice = Bemutató stúdió: itt semmi sem foglalódik le valójában.
back = Vissza
change = Módosítás
optional = nem kötelező

offers-heading = Mit szeretnél kipróbálni?
offers-loading = Az ajánlatok betöltése…
offers-failed = Nem sikerült betölteni az ajánlatokat.
offer-untitled = Próbaedzés
offer-minutes = { $minutes } perc
offer-class = Csoportos óra
offer-appointment = Egyéni időpont

time-heading = Válassz időpontot: { $offer }
times-loading = Az időpontok betöltése…
times-failed = Nem sikerült betölteni az időpontokat.
times-none-class = Ehhez az órához a következő két hétben nincs időpont.
times-none-window = Ezeken a napokon nincs szabad időpont.
times-next-free = A következő szabad időpont: { $when }.
times-show-next-free = { $day } megjelenítése
times-none-ahead = A következő hetekben sincs szabad időpont.
times-call-back = Egyik időpont sem megfelelő nekem
time-zone-note = Az időpontok a stúdió helyi idejében szerepelnek ({ $zone }).
window-earlier = Korábbi napok
window-later = Későbbi napok
window-range = { $from } – { $to }
day-strip-label = Napok
day-free-times = { $day }: { $n } szabad időpont
day-no-free-times = { $day }: nincs szabad időpont
day-no-times = { $day }: nincs időpont
slot-spots = Még { $n } szabad hely
slot-available = Szabad
slot-badge-waiting-list = Várólista
slot-badge-full = Betelt
slot-badge-opens = Foglalható ettől: { $date }
slot-badge-closed = A foglalás lezárult
slot-badge-past = Elmúlt
slot-with = edző: { $names }
offer-not-for-leads = Ezt az ajánlatot új látogatók nem foglalhatják le online. A próbaedzés egyeztetéséhez vedd fel a kapcsolatot a stúdióval.

details-heading = Adataid
your-choice = A választásod
booking-as = { $name } ({ $email }) néven foglalsz.
field-firstname = Keresztnév
field-lastname = Vezetéknév
field-email = E-mail-cím
field-gender = Nem
gender-choose = Válassz
gender-female = Nő
gender-male = Férfi
gender-unisex = Egyéb
field-dob = Születési dátum
field-phone = Telefonszám
field-street = Utca
field-house-number = Házszám
field-zip = Irányítószám
field-city = Település
privacy-consent = Hozzájárulok, hogy a stúdió a próbaedzés egyeztetéséhez kezelje az adataimat, az { $link } leírtak szerint.
privacy-link = adatvédelmi tájékoztatóban
privacy-consent-plain = Hozzájárulok, hogy a stúdió a próbaedzés egyeztetéséhez kezelje az adataimat.
marketing-legend = A stúdió ajánlatokat és híreket küldhet nekem ezen a módon:
marketing-email = E-mail
marketing-text-message = SMS
marketing-phone = Telefonhívás
marketing-letter = Levél
error-required = Töltsd ki ezt a mezőt.
error-choose = Válassz egy lehetőséget.
error-email = Adj meg érvényes e-mail-címet, például nev@pelda.hu.
error-phone = Adj meg legalább 6 számjegyből álló telefonszámot.
error-date = Adj meg érvényes dátumot.
error-future = A születési dátum nem lehet a jövőben.
error-too-young = Próbaedzés foglalásához legalább { $age } évesnek kell lenned.
error-zip = Adj meg érvényes irányítószámot.
error-too-long = Ez túl hosszú.
error-address-incomplete = Add meg a teljes címet.
error-privacy = Járulj hozzá, hogy a stúdió felhasználhassa az adataidat.
form-has-errors = Javítsd ki a megjelölt mezőket.
book-now = Foglalás
join-waiting-list = Feliratkozom a várólistára
booking-in-progress = Foglalás folyamatban…

lead-invalid = A stúdió nem tudta elfogadni ezeket az adatokat. Ellenőrizd őket, főleg az e-mail-címet.
lead-duplicate = Már regisztráltál ebben a stúdióban. A próbaedzés foglalásához vedd fel a kapcsolatot a stúdióval.
lead-unknown = Az adataidat most nem sikerült ellenőrizni. Vedd fel a kapcsolatot a stúdióval.
slot-no-contingent = Már felhasználtad az ajánlathoz tartozó próbaedzéseket. Vedd fel a kapcsolatot a stúdióval.
slot-limit-reached = Ez az időpont betelt, a várólistával együtt. Válassz másik időpontot.
slot-already-booked = Ezt az időpontot már lefoglaltad.
slot-customer-idle = A tagságod ebben az időszakban szünetel. Vedd fel a kapcsolatot a stúdióval.
slot-other-booking = Erre az időpontra már van másik foglalásod. Válassz másik időpontot.
slot-display-only = Ez az óra online nem foglalható. Vedd fel a kapcsolatot a stúdióval.
slot-not-yet-open = Erre az időpontra még nem lehet foglalni. Válassz másik időpontot.
slot-closed = Erre az időpontra már lezárult a foglalás. Válassz másik időpontot.
slot-studio-closed = A stúdió ekkor zárva tart. Válassz másik időpontot.
slot-not-available = Ez az időpont nem foglalható. Válassz másik időpontot.
slot-restrictions = Ennek az időpontnak vannak még nem teljesült feltételei. Vedd fel a kapcsolatot a stúdióval.
slot-past = Ez az időpont már elkezdődött. Válassz másik időpontot.
slot-period-changed = Ez az időpont időközben megváltozott. Válaszd ki újra.
slot-no-resource = Erre az időpontra már nincs szabad edző vagy terem. Válassz másik időpontot.
booking-canceled = A foglalás nem jött létre. Válassz másik időpontot, vagy vedd fel a kapcsolatot a stúdióval.
booking-unknown = Nem tudtuk megerősíteni, hogy a foglalás sikerült-e. Mielőtt újra foglalnál, vedd fel a kapcsolatot a stúdióval.
error-offline = Nincs kapcsolat. Ellenőrizd az internetkapcsolatot, és próbáld újra.
error-timeout = A stúdió foglalási rendszere nem válaszol. Próbáld újra.
error-busy = Most nagyon sokan foglalnak. Próbáld újra egy perc múlva.
error-not-answering = A stúdió foglalási rendszere most nem válaszol. Próbáld újra egy kis idő múlva.
error-not-found = Ez már nem érhető el. Válassz újra.
error-conflict = Ezt az időpontot épp most foglalta le valaki más. Válassz másik időpontot.
error-invalid = Néhány adatodat nem fogadta el a rendszer. Ellenőrizd őket.
error-unavailable = Az online foglalás jelenleg nem érhető el. Vedd fel a kapcsolatot a stúdióval.
error-already-booked = Már foglaltál próbaedzést. Ha módosítanád, vedd fel a kapcsolatot a stúdióval.
error-active-member = Már tag vagy, így nincs szükséged próbaedzésre. Örülünk, hogy újra itt vagy!
error-server = Hiba történt a stúdió foglalási rendszerében. Próbáld újra később.
action-fix-details = Adataim ellenőrzése
action-choose-time = Másik időpont választása

done-booked-title = Sikeres foglalás!
done-booked-body = Találkozunk a stúdióban.
done-call-title = A stúdió megkapta az adataidat
done-call-body = A stúdió felhív, hogy egyeztessetek egy időpontot a próbaedzésedre.
done-confirm-title = Már majdnem kész: erősítsd meg a foglalást
done-confirm-body = A stúdió küld neked egy e-mailt egy megerősítő linkkel. Legkésőbb { $term } a kezdés előtt erősítsd meg, különben a foglalás automatikusan törlődik.
done-confirm-body-plain = A stúdió küld neked egy e-mailt egy megerősítő linkkel. Erősítsd meg mielőbb, különben a foglalás törlődhet.
done-waiting-title = Felkerültél a várólistára
done-waiting-body = Az óra jelenleg megtelt. Ha felszabadul egy hely, a stúdió értesít.
summary-what = Mit
summary-when = Mikor
summary-with = Kivel
summary-where = Hol
add-to-calendar = Hozzáadás a naptárhoz
add-to-google-calendar = Hozzáadás a Google Naptárhoz
add-to-outlook = Hozzáadás az Outlook.com-hoz
book-another = Újabb próbaedzés foglalása
success-next = Egy pillanat, és továbbviszünk a következő oldalra.
success-continue = Tovább
success-stay = Maradok ezen az oldalon
term-minutes = { $n } perccel
term-hours = { $n } órával
term-days = { $n } nappal
term-weeks = { $n } héttel
term-months = { $n } hónappal
term-years = { $n } évvel

step-studio = Stúdió
studios-heading = Hol szeretnél edzeni?
studios-loading = A stúdiók betöltése…
studios-failed = Nem sikerült betölteni a stúdiókat.
studios-no-match = Egy stúdió sem felel meg a keresésnek.
studio-search = Keresés név, irányítószám vagy település szerint
studio-opens-on = Nyitás: { $date }
studio-closed = Jelenleg zárva
studio-not-online = Itt nincs online próbaedzés-foglalás; vedd fel a kapcsolatot a stúdióval.
session-time-heading = Válassz időpontot: { $studio }
week-earlier = Előző hét
week-later = Következő hét
campaign-label = Honnan hallottál rólunk?
campaign-none = Válassz (nem kötelező)
trainer-choice = Szeretném, ha edző kísérne.
trainer-included = Egy edző végig veled lesz.
trainer-yes = Edzővel
trainer-no = Egyedül
form-failed = Nem sikerült betölteni az űrlapot.
lead-heading = Visszahívunk
lead-intro = Add meg az adataidat, és a stúdió jelentkezik, hogy egyeztesse veled a próbaedzést.
lead-studio = Stúdió
lead-send = Küldés
lead-sent-title = Köszönjük!
lead-sent-body = A stúdió hamarosan jelentkezik.

confirm-checking = A foglalás megerősítése…
confirm-confirmed-title = A foglalásod megerősítve
confirm-confirmed-body = Köszönjük! Találkozunk a stúdióban.
confirm-expired-title = Ez a megerősítő link lejárt
confirm-expired-body = A foglalást nem erősítetted meg időben, ezért törölve lett. Szívesen foglalhatsz új próbaedzést.
confirm-failed = Nem sikerült megerősíteni a foglalást.
