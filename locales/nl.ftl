# Nederlands. Dezelfde berichten en variabelen als en.ftl.

widget-heading = Boek je gratis proefles
steps-label = Stappen van de boeking
step-offer = Aanbod
step-time = Tijdstip
step-details = Jouw gegevens
step-done = Geboekt
step-completed = voltooid
step-current = huidige stap
popup-close = Sluiten
popup-launcher = Boek een gratis proefles
empty-title = Er is nu niets te boeken
empty-body = Er zijn op dit moment geen proeflessen te boeken. Kijk later nog eens of neem contact op met de club.

config-error-title = Dit boekingsformulier kan niet worden getoond
config-error-intro = Het boekingsformulier op deze pagina is niet goed ingesteld. Neem contact op met de club. Details voor de ontwikkelaar van de website:
config-unknown-backend = backend="{ $value }" is geen bekende backend. Gebruik een van: { $choices }.
config-unknown-mode = mode="{ $value }" is geen bekende modus. Gebruik een van: { $choices }.
config-missing-attribute = backend="{ $backend }" heeft het attribuut { $attribute } nodig.
config-url-scheme = { $attribute }="{ $value }" moet beginnen met https:// (http:// alleen voor localhost) of een pad zijn dat met / begint.
config-url-malformed = { $attribute }="{ $value }" is geen geldige URL.
config-url-query = { $attribute }="{ $value }" mag geen ? of # bevatten.
config-invalid-id = { $attribute }="{ $value }" moet een positief geheel getal zijn.
config-url-https-only = { $attribute }="{ $value }" moet beginnen met https:// of een pad op deze site zijn dat met / begint.
config-invalid-seconds = { $attribute }="{ $value }" moet een geheel aantal seconden zijn, van 0 tot 3600.
config-not-for-backend = Het attribuut { $attribute } heeft geen effect met backend="{ $backend }". Verwijder het.
config-lead-needs-connect = mode="lead" vereist backend="connect" of backend="demo".
config-empty-heading = Het attribuut heading is leeg. Verwijder het om de standaardtitel te gebruiken.
config-backend-not-built = Deze versie van de widget kan niet met backend="{ $backend }" praten. Laad de widget met trial-booking.js, dat de juiste versie kiest.
config-unknown-flow = flow="{ $value }" is geen bekend boekingsproces. Gebruik een van: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" werkt niet met backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" moet leeg, "true" of "false" zijn.
config-unknown-value = { $attribute }="{ $value }" is geen bekende waarde. Gebruik een van: { $choices }.
config-floating-needs-popup = Het attribuut floating-button werkt alleen met display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" moet een lijst met regels zijn zoals "utm_source=newsletter:12 utm_campaign=spring:13" (parameter=waarde:campagne-ID).
config-misspelled = Het attribuut { $attribute } is onbekend. Bedoelde je { $suggestion }?

loading = Laden…
try-again = Opnieuw proberen
load-failed = Boeken is op dit moment niet mogelijk. Probeer het zo nog eens.
demo-notice = Demostudio: hier wordt niets echt geboekt.
back = Terug
change = Wijzigen
optional = optioneel

offers-heading = Wat wil je proberen?
offers-loading = Het aanbod wordt geladen…
offers-failed = Het aanbod kon niet worden geladen.
offer-untitled = Proefles
offer-minutes = { $minutes } min
offer-class = Groepsles
offer-appointment = Afspraak

time-heading = Kies een tijdstip: { $offer }
times-loading = De tijden worden geladen…
times-failed = De tijden konden niet worden geladen.
times-none-class = Er zijn de komende twee weken geen tijden voor deze les.
times-none-window = Geen vrije tijden op deze dagen.
times-next-free = Het eerstvolgende vrije tijdstip is { $when }.
times-show-next-free = Toon { $day }
times-none-ahead = Ook de komende weken zijn er geen vrije tijden.
times-call-back = Geen van deze tijden komt mij uit
time-zone-note = De tijden zijn in de lokale tijd van de club ({ $zone }).
window-earlier = Eerdere dagen
window-later = Latere dagen
window-range = { $from } – { $to }
day-strip-label = Dagen
day-free-times = { $day }: { $n ->
    [one] { $n } vrij tijdstip
   *[other] { $n } vrije tijdstippen
}
day-no-free-times = { $day }: geen vrije tijden
day-no-times = { $day }: geen tijden
slot-spots = { $n ->
    [one] Nog { $n } plek vrij
   *[other] Nog { $n } plekken vrij
}
slot-available = Vrij
slot-badge-waiting-list = Wachtlijst
slot-badge-full = Volgeboekt
slot-badge-opens = Te boeken vanaf { $date }
slot-badge-closed = Boeking gesloten
slot-badge-past = Voorbij
slot-with = met { $names }
offer-not-for-leads = Nieuwe bezoekers kunnen dit aanbod niet online boeken. Neem contact op met de club om je proefles af te spreken.

details-heading = Jouw gegevens
your-choice = Jouw keuze
booking-as = Je boekt als { $name } ({ $email }).
field-firstname = Voornaam
field-lastname = Achternaam
field-email = E-mailadres
field-gender = Geslacht
gender-choose = Maak een keuze
gender-female = Vrouw
gender-male = Man
gender-unisex = Anders
field-dob = Geboortedatum
field-phone = Telefoonnummer
field-street = Straat
field-house-number = Huisnummer
field-zip = Postcode
field-city = Plaats
privacy-consent = Ik ga ermee akkoord dat de club mijn gegevens verwerkt om mijn proefles te regelen, zoals beschreven in de { $link }.
privacy-link = privacyverklaring
privacy-consent-plain = Ik ga ermee akkoord dat de club mijn gegevens verwerkt om mijn proefles te regelen.
marketing-legend = De club mag me aanbiedingen en nieuws sturen via
marketing-email = E-mail
marketing-text-message = Sms
marketing-phone = Telefoon
marketing-letter = Brief
error-required = Vul dit veld in.
error-choose = Maak een keuze.
error-email = Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.
error-phone = Vul een telefoonnummer in van minstens 6 cijfers.
error-date = Vul een geldige datum in.
error-future = De geboortedatum kan niet in de toekomst liggen.
error-too-young = Je moet minstens { $age } jaar zijn om een proefles te boeken.
error-zip = Vul een geldige postcode in.
error-too-long = Dit is te lang.
error-address-incomplete = Vul het volledige adres in.
error-privacy = Geef toestemming zodat de club je gegevens mag gebruiken.
form-has-errors = Verbeter de gemarkeerde velden.
book-now = Nu boeken
join-waiting-list = Op de wachtlijst
booking-in-progress = Bezig met boeken…

lead-invalid = De club kon deze gegevens niet accepteren. Controleer ze, vooral het e-mailadres.
lead-duplicate = Je bent al bij deze club ingeschreven. Neem contact op met de club om je proefles te boeken.
lead-unknown = Je gegevens konden nu niet worden gecontroleerd. Neem contact op met de club.
slot-no-contingent = Je hebt de proeflessen van dit aanbod al gebruikt. Neem contact op met de club.
slot-limit-reached = Dit tijdstip is volgeboekt, de wachtlijst ook. Kies een ander tijdstip.
slot-already-booked = Je hebt dit tijdstip al geboekt.
slot-customer-idle = Je lidmaatschap staat op dat moment stil. Neem contact op met de club.
slot-other-booking = Je hebt op dat moment al een andere boeking. Kies een ander tijdstip.
slot-display-only = Deze les kan niet online worden geboekt. Neem contact op met de club.
slot-not-yet-open = Dit tijdstip kan nog niet worden geboekt. Kies een ander tijdstip.
slot-closed = De boeking voor dit tijdstip is gesloten. Kies een ander tijdstip.
slot-studio-closed = De club is op dat moment gesloten. Kies een ander tijdstip.
slot-not-available = Dit tijdstip kan niet worden geboekt. Kies een ander tijdstip.
slot-restrictions = Voor deze afspraak gelden voorwaarden waaraan nog niet is voldaan. Neem contact op met de club.
slot-past = Dit tijdstip is al begonnen. Kies een ander tijdstip.
slot-period-changed = Dit tijdstip is intussen gewijzigd. Kies het opnieuw.
slot-no-resource = Op dat moment is er geen trainer of zaal meer vrij. Kies een ander tijdstip.
booking-canceled = De boeking is niet afgerond. Kies een ander tijdstip of neem contact op met de club.
booking-unknown = We konden niet vaststellen of de boeking is gelukt. Neem contact op met de club voordat je opnieuw boekt.
error-offline = Geen verbinding. Controleer je internetverbinding en probeer het opnieuw.
error-timeout = Het boekingssysteem van de club reageert niet. Probeer het opnieuw.
error-busy = Er boeken nu heel veel mensen. Probeer het over een minuut opnieuw.
error-not-answering = Het boekingssysteem van de studio reageert op dit moment niet. Probeer het zo nog eens.
error-not-found = Dit is niet meer beschikbaar. Kies opnieuw.
error-conflict = Iemand anders heeft dit tijdstip net geboekt. Kies een ander tijdstip.
error-invalid = Sommige van je gegevens zijn niet geaccepteerd. Controleer ze.
error-unavailable = Online boeken is nu niet mogelijk. Neem contact op met de club.
error-already-booked = Je hebt al een proefles geboekt. Neem contact op met de club als je die wilt wijzigen.
error-active-member = Je bent al lid, dus je hebt geen proefles nodig. Welkom terug!
error-server = Er ging iets mis in het boekingssysteem van de club. Probeer het later opnieuw.
action-fix-details = Mijn gegevens controleren
action-choose-time = Ander tijdstip kiezen

done-booked-title = Je bent geboekt!
done-booked-body = Tot ziens in de club.
done-call-title = De studio heeft je gegevens
done-call-body = De studio belt je om een tijd voor je proeftraining af te spreken.
done-confirm-title = Bijna klaar: bevestig je boeking
done-confirm-body = De club stuurt je een e-mail met een bevestigingslink. Bevestig uiterlijk { $term } voor de start, anders wordt de boeking automatisch geannuleerd.
done-confirm-body-plain = De club stuurt je een e-mail met een bevestigingslink. Bevestig snel, anders kan de boeking worden geannuleerd.
done-waiting-title = Je staat op de wachtlijst
done-waiting-body = De les is nu vol. Als er een plek vrijkomt, laat de club het je weten.
summary-what = Wat
summary-when = Wanneer
summary-with = Met
summary-where = Waar
add-to-calendar = Toevoegen aan agenda
add-to-google-calendar = Toevoegen aan Google Agenda
add-to-outlook = Toevoegen aan Outlook.com
book-another = Nog een proefles boeken
success-next = Zo meteen ga je door naar de volgende pagina.
success-continue = Verder
success-stay = Op deze pagina blijven
term-minutes = { $n ->
    [one] { $n } minuut
   *[other] { $n } minuten
}
term-hours = { $n } uur
term-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagen
}
term-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weken
}
term-months = { $n ->
    [one] { $n } maand
   *[other] { $n } maanden
}
term-years = { $n } jaar

step-studio = Club
studios-heading = Waar wil je trainen?
studios-loading = De clubs worden geladen…
studios-failed = De clubs konden niet worden geladen.
studios-no-match = Geen club past bij je zoekopdracht.
studio-search = Zoek op naam, postcode of plaats
studio-opens-on = Opent op { $date }
studio-closed = Momenteel gesloten
studio-not-online = Hier kun je geen proefles online boeken; neem contact op met de club.
session-time-heading = Kies een tijdstip: { $studio }
week-earlier = Vorige week
week-later = Volgende week
campaign-label = Hoe heb je over ons gehoord?
campaign-none = Maak een keuze (optioneel)
trainer-choice = Ik wil graag dat een trainer me begeleidt.
trainer-included = Een trainer begeleidt je.
trainer-yes = Met trainer
trainer-no = Zelfstandig
form-failed = Het formulier kon niet worden geladen.
lead-heading = Wij bellen je
lead-intro = Laat je gegevens achter, dan neemt de club contact met je op om je proefles af te spreken.
lead-studio = Club
lead-send = Versturen
lead-sent-title = Bedankt!
lead-sent-body = De club neemt binnenkort contact met je op.

confirm-checking = Je boeking wordt bevestigd…
confirm-confirmed-title = Je boeking is bevestigd
confirm-confirmed-body = Bedankt! Tot ziens in de club.
confirm-expired-title = Deze bevestigingslink is verlopen
confirm-expired-body = De boeking is niet op tijd bevestigd en is geannuleerd. Je kunt gerust een nieuwe proefles boeken.
confirm-failed = De boeking kon niet worden bevestigd.
