# Svenska. Samma meddelanden och variabler som en.ftl.

widget-heading = Boka din kostnadsfria provträning
steps-label = Bokningssteg
step-offer = Erbjudande
step-time = Tid
step-details = Dina uppgifter
step-done = Bokat
step-completed = klart
step-current = aktuellt steg
popup-close = Stäng
popup-launcher = Boka provträning
empty-title = Inget att boka just nu
empty-body = Det finns inga provträningar att boka just nu. Titta in igen senare eller kontakta gymmet.

config-error-title = Det här bokningsformuläret kan inte visas
config-error-intro = Bokningsformuläret på den här sidan är inte rätt inställt. Kontakta gymmet. Detaljer för webbplatsens utvecklare:
config-unknown-backend = backend="{ $value }" är ingen känd backend. Använd en av: { $choices }.
config-unknown-mode = mode="{ $value }" är inget känt läge. Använd ett av: { $choices }.
config-missing-attribute = backend="{ $backend }" behöver attributet { $attribute }.
config-url-scheme = { $attribute }="{ $value }" måste börja med https:// (http:// bara för localhost) eller vara en sökväg som börjar med /.
config-url-malformed = { $attribute }="{ $value }" är ingen giltig URL.
config-url-query = { $attribute }="{ $value }" får inte innehålla ? eller #.
config-invalid-id = { $attribute }="{ $value }" måste vara ett positivt heltal.
config-url-https-only = { $attribute }="{ $value }" måste börja med https:// eller vara en sökväg på den här webbplatsen som börjar med /.
config-invalid-seconds = { $attribute }="{ $value }" måste vara ett helt antal sekunder från 0 till 3600.
config-not-for-backend = Attributet { $attribute } har ingen effekt med backend="{ $backend }". Ta bort det.
config-lead-needs-connect = mode="lead" kräver backend="connect" eller backend="demo".
config-empty-heading = Attributet heading är tomt. Ta bort det för att använda standardrubriken.
config-backend-not-built = Den här versionen av widgeten kan inte prata med backend="{ $backend }". Läs in widgeten med trial-booking.js, som väljer rätt version.
config-unknown-flow = flow="{ $value }" är inget känt bokningsflöde. Använd ett av: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" fungerar inte med backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" måste vara tomt, "true" eller "false".
config-unknown-value = { $attribute }="{ $value }" är inget känt värde. Använd ett av: { $choices }.
config-floating-needs-popup = Attributet floating-button fungerar bara med display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" måste vara en lista med regler som "utm_source=newsletter:12 utm_campaign=spring:13" (parameter=värde:kampanj-ID).
config-misspelled = Attributet { $attribute } är okänt. Menade du { $suggestion }?

loading = Laddar…
try-again = Försök igen
load-failed = Bokningen är inte tillgänglig just nu. Försök igen om en stund.
demo-notice = Demostudio: inget bokas på riktigt här.
back = Tillbaka
change = Ändra
optional = valfritt

offers-heading = Vad vill du testa?
offers-loading = Laddar erbjudandena…
offers-failed = Erbjudandena kunde inte laddas.
offer-untitled = Provträning
offer-minutes = { $minutes } min
offer-class = Gruppass
offer-appointment = Bokad tid

time-heading = Välj en tid: { $offer }
times-loading = Laddar tiderna…
times-failed = Tiderna kunde inte laddas.
times-none-class = Det finns inga tider för det här passet de närmaste två veckorna.
times-none-window = Inga lediga tider de här dagarna.
times-next-free = Nästa lediga tid är { $when }.
times-show-next-free = Visa { $day }
times-none-ahead = Det finns inte heller några lediga tider de kommande veckorna.
times-call-back = Ingen av de här tiderna passar mig
time-zone-note = Tiderna anges i gymmets lokala tid ({ $zone }).
window-earlier = Tidigare dagar
window-later = Senare dagar
window-range = { $from } – { $to }
day-strip-label = Dagar
day-free-times = { $day }: { $n ->
    [one] { $n } ledig tid
   *[other] { $n } lediga tider
}
day-no-free-times = { $day }: inga lediga tider
day-no-times = { $day }: inga tider
slot-spots = { $n ->
    [one] { $n } plats kvar
   *[other] { $n } platser kvar
}
slot-available = Ledigt
slot-badge-waiting-list = Reservlista
slot-badge-full = Fullbokat
slot-badge-opens = Bokningsbart från { $date }
slot-badge-closed = Bokningen stängd
slot-badge-past = Avslutat
slot-with = med { $names }
offer-not-for-leads = Det här erbjudandet kan inte bokas online av nya besökare. Kontakta gymmet för att boka in din provträning.

details-heading = Dina uppgifter
your-choice = Ditt val
booking-as = Du bokar som { $name } ({ $email }).
field-firstname = Förnamn
field-lastname = Efternamn
field-email = E-postadress
field-gender = Kön
gender-choose = Välj
gender-female = Kvinna
gender-male = Man
gender-unisex = Annat
field-dob = Födelsedatum
field-phone = Telefonnummer
field-street = Gata
field-house-number = Husnummer
field-zip = Postnummer
field-city = Ort
privacy-consent = Jag godkänner att gymmet behandlar mina uppgifter för att boka in min provträning, enligt { $link }.
privacy-link = integritetspolicyn
privacy-consent-plain = Jag godkänner att gymmet behandlar mina uppgifter för att boka in min provträning.
marketing-legend = Gymmet får skicka erbjudanden och nyheter till mig via
marketing-email = E-post
marketing-text-message = Sms
marketing-phone = Telefonsamtal
marketing-letter = Brev
error-required = Fyll i det här fältet.
error-choose = Välj ett alternativ.
error-email = Ange en giltig e-postadress, till exempel namn@exempel.se.
error-phone = Ange ett telefonnummer med minst 6 siffror.
error-date = Ange ett giltigt datum.
error-future = Födelsedatumet kan inte ligga i framtiden.
error-too-young = Du måste vara minst { $age } år för att boka en provträning.
error-zip = Ange ett giltigt postnummer.
error-too-long = Det här är för långt.
error-address-incomplete = Fyll i hela adressen.
error-privacy = Ge ditt godkännande så att gymmet får använda dina uppgifter.
form-has-errors = Rätta de markerade fälten.
book-now = Boka nu
join-waiting-list = Ställ mig på reservlistan
booking-in-progress = Bokar…

lead-invalid = Gymmet kunde inte ta emot de här uppgifterna. Kontrollera dem, särskilt e-postadressen.
lead-duplicate = Du är redan registrerad hos det här gymmet. Kontakta gymmet för att boka din provträning.
lead-unknown = Dina uppgifter kunde inte kontrolleras just nu. Kontakta gymmet.
slot-no-contingent = Du har redan använt de provträningar som erbjudandet ger. Kontakta gymmet.
slot-limit-reached = Den här tiden är fullbokad, även reservlistan. Välj en annan tid.
slot-already-booked = Du har redan bokat den här tiden.
slot-customer-idle = Ditt medlemskap är vilande vid den tiden. Kontakta gymmet.
slot-other-booking = Du har redan en annan bokning vid den tiden. Välj en annan tid.
slot-display-only = Det här passet kan inte bokas online. Kontakta gymmet.
slot-not-yet-open = Bokningen för den här tiden har inte öppnat än. Välj en annan tid.
slot-closed = Bokningen för den här tiden har stängt. Välj en annan tid.
slot-studio-closed = Gymmet är stängt vid den tiden. Välj en annan tid.
slot-not-available = Den här tiden kan inte bokas. Välj en annan tid.
slot-restrictions = Den här tiden har krav som inte är uppfyllda än. Kontakta gymmet.
slot-past = Den här tiden har redan börjat. Välj en annan tid.
slot-period-changed = Den här tiden har ändrats under tiden. Välj den igen.
slot-no-resource = Det finns ingen ledig tränare eller sal vid den tiden längre. Välj en annan tid.
booking-canceled = Bokningen slutfördes inte. Välj en annan tid eller kontakta gymmet.
booking-unknown = Vi kunde inte bekräfta om bokningen gick igenom. Kontakta gymmet innan du bokar igen.
error-offline = Ingen anslutning. Kontrollera din internetanslutning och försök igen.
error-timeout = Gymmets bokningssystem svarar inte. Försök igen.
error-busy = Många bokar just nu. Försök igen om en minut.
error-not-answering = Studions bokningssystem svarar inte just nu. Försök igen om en stund.
error-not-found = Det här är inte längre tillgängligt. Välj igen.
error-conflict = Någon annan har precis bokat den här tiden. Välj en annan tid.
error-invalid = Några av dina uppgifter godtogs inte. Kontrollera dem.
error-unavailable = Onlinebokning är inte tillgänglig just nu. Kontakta gymmet.
error-already-booked = Du har redan bokat en provträning. Kontakta gymmet om du vill ändra den.
error-active-member = Du är redan medlem, så du behöver ingen provträning. Välkommen tillbaka!
error-server = Något gick fel i gymmets bokningssystem. Försök igen senare.
action-fix-details = Kontrollera mina uppgifter
action-choose-time = Välj en annan tid

done-booked-title = Du är bokad!
done-booked-body = Vi ses på gymmet.
done-call-title = Studion har dina uppgifter
done-call-body = Studion ringer dig för att komma överens om en tid för ditt provpass.
done-confirm-title = Nästan klart: bekräfta din bokning
done-confirm-body = Gymmet skickar ett mejl med en bekräftelselänk till dig. Bekräfta senast { $term } före start, annars avbokas bokningen automatiskt.
done-confirm-body-plain = Gymmet skickar ett mejl med en bekräftelselänk till dig. Bekräfta snart, annars kan bokningen avbokas.
done-waiting-title = Du står på reservlistan
done-waiting-body = Passet är fullt just nu. Om en plats blir ledig hör gymmet av sig.
summary-what = Vad
summary-when = När
summary-with = Med
summary-where = Var
add-to-calendar = Lägg till i kalendern
add-to-google-calendar = Lägg till i Google Kalender
add-to-outlook = Lägg till i Outlook.com
book-another = Boka en till provträning
success-next = Om ett ögonblick kommer du vidare till nästa sida.
success-continue = Fortsätt
success-stay = Stanna på den här sidan
term-minutes = { $n ->
    [one] { $n } minut
   *[other] { $n } minuter
}
term-hours = { $n ->
    [one] { $n } timme
   *[other] { $n } timmar
}
term-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagar
}
term-weeks = { $n ->
    [one] { $n } vecka
   *[other] { $n } veckor
}
term-months = { $n ->
    [one] { $n } månad
   *[other] { $n } månader
}
term-years = { $n } år

step-studio = Gym
studios-heading = Var vill du träna?
studios-loading = Laddar gymmen…
studios-failed = Gymmen kunde inte laddas.
studios-no-match = Inget gym matchar din sökning.
studio-search = Sök på namn, postnummer eller ort
studio-opens-on = Öppnar { $date }
studio-closed = Stängt för tillfället
studio-not-online = Här går det inte att boka provträning online; kontakta gymmet.
session-time-heading = Välj en tid: { $studio }
week-earlier = Föregående vecka
week-later = Nästa vecka
campaign-label = Hur hörde du talas om oss?
campaign-none = Välj (valfritt)
trainer-choice = Jag vill att en tränare är med mig.
trainer-included = En tränare är med dig.
trainer-yes = Med tränare
trainer-no = På egen hand
form-failed = Formuläret kunde inte laddas.
lead-heading = Vi ringer upp dig
lead-intro = Lämna dina uppgifter så hör gymmet av sig för att boka in din provträning.
lead-studio = Gym
lead-send = Skicka
lead-sent-title = Tack!
lead-sent-body = Gymmet hör snart av sig till dig.

confirm-checking = Bekräftar din bokning…
confirm-confirmed-title = Din bokning är bekräftad
confirm-confirmed-body = Tack! Vi ses på gymmet.
confirm-expired-title = Den här bekräftelselänken har gått ut
confirm-expired-body = Bokningen bekräftades inte i tid och har avbokats. Du är välkommen att boka en ny provträning.
confirm-failed = Bokningen kunde inte bekräftas.
