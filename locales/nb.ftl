# Norsk bokmål. De samme meldingene og variablene som en.ftl.

widget-heading = Bestill din gratis prøvetime
steps-label = Bestillingstrinn
step-offer = Tilbud
step-time = Tidspunkt
step-details = Dine opplysninger
step-done = Bestilt
step-completed = fullført
step-current = nåværende trinn
popup-close = Lukk
popup-launcher = Bestill gratis prøvetime
empty-title = Ingenting å bestille akkurat nå
empty-body = Det er ingen prøvetimer som kan bestilles for øyeblikket. Prøv igjen senere eller kontakt senteret.

config-error-title = Dette bestillingsskjemaet kan ikke vises
config-error-intro = Bestillingsskjemaet på denne siden er ikke riktig satt opp. Kontakt senteret. Detaljer for nettstedets utvikler:
config-unknown-backend = backend="{ $value }" er ikke en kjent backend. Bruk en av: { $choices }.
config-unknown-mode = mode="{ $value }" er ikke en kjent modus. Bruk en av: { $choices }.
config-missing-attribute = backend="{ $backend }" krever attributtet { $attribute }.
config-url-scheme = { $attribute }="{ $value }" må begynne med https:// (http:// bare for localhost) eller være en sti som begynner med /.
config-url-malformed = { $attribute }="{ $value }" er ikke en gyldig URL.
config-url-query = { $attribute }="{ $value }" kan ikke inneholde ? eller #.
config-invalid-id = { $attribute }="{ $value }" må være et positivt heltall.
config-url-https-only = { $attribute }="{ $value }" må begynne med https:// eller være en sti på dette nettstedet som begynner med /.
config-invalid-seconds = { $attribute }="{ $value }" må være et helt antall sekunder fra 0 til 3600.
config-not-for-backend = Attributtet { $attribute } har ingen virkning med backend="{ $backend }". Fjern det.
config-lead-needs-connect = mode="lead" krever backend="connect" eller backend="demo".
config-empty-heading = Attributtet heading er tomt. Fjern det for å bruke standardoverskriften.
config-backend-not-built = Denne versjonen av widgeten kan ikke snakke med backend="{ $backend }". Last inn widgeten med trial-booking.js, som velger riktig versjon.
config-unknown-flow = flow="{ $value }" er ikke en kjent bestillingsflyt. Bruk en av: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" fungerer ikke med backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" må være tomt, "true" eller "false".
config-unknown-value = { $attribute }="{ $value }" er ikke en kjent verdi. Bruk en av: { $choices }.
config-floating-needs-popup = Attributtet floating-button virker bare med display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" må være en liste med regler som "utm_source=newsletter:12 utm_campaign=spring:13" (parameter=verdi:kampanje-ID).
config-misspelled = Attributtet { $attribute } er ukjent. Mente du { $suggestion }?

loading = Laster inn…
try-again = Prøv igjen
load-failed = Booking er ikke tilgjengelig akkurat nå. Prøv igjen om litt.
demo-notice = Demostudio: ingenting her blir booket på ekte.
back = Tilbake
change = Endre
optional = valgfritt

offers-heading = Hva vil du prøve?
offers-loading = Laster inn tilbudene…
offers-failed = Tilbudene kunne ikke lastes inn.
offer-untitled = Prøvetime
offer-minutes = { $minutes } min
offer-class = Gruppetime
offer-appointment = Avtale

time-heading = Velg et tidspunkt: { $offer }
times-loading = Laster inn tidspunktene…
times-failed = Tidspunktene kunne ikke lastes inn.
times-none-class = Det er ingen tidspunkter for denne timen de neste to ukene.
times-none-window = Ingen ledige tidspunkter disse dagene.
times-next-free = Neste ledige tidspunkt er { $when }.
times-show-next-free = Vis { $day }
times-none-ahead = Det er heller ingen ledige tidspunkter de kommende ukene.
times-call-back = Ingen av disse tidene passer for meg
time-zone-note = Tidene er oppgitt i senterets lokale tid ({ $zone }).
window-earlier = Tidligere dager
window-later = Senere dager
window-range = { $from } – { $to }
day-strip-label = Dager
day-free-times = { $day }: { $n ->
    [one] { $n } ledig tidspunkt
   *[other] { $n } ledige tidspunkter
}
day-no-free-times = { $day }: ingen ledige tidspunkter
day-no-times = { $day }: ingen tidspunkter
slot-spots = { $n ->
    [one] { $n } plass igjen
   *[other] { $n } plasser igjen
}
slot-available = Ledig
slot-badge-waiting-list = Venteliste
slot-badge-full = Fullt
slot-badge-opens = Kan bestilles fra { $date }
slot-badge-closed = Bestillingen er stengt
slot-badge-past = Ferdig
slot-with = med { $names }
offer-not-for-leads = Dette tilbudet kan ikke bestilles på nett av nye besøkende. Kontakt senteret for å avtale prøvetimen din.

details-heading = Dine opplysninger
your-choice = Ditt valg
booking-as = Du bestiller som { $name } ({ $email }).
field-firstname = Fornavn
field-lastname = Etternavn
field-email = E-postadresse
field-gender = Kjønn
gender-choose = Velg
gender-female = Kvinne
gender-male = Mann
gender-unisex = Annet
field-dob = Fødselsdato
field-phone = Telefonnummer
field-street = Gate
field-house-number = Husnummer
field-zip = Postnummer
field-city = Poststed
privacy-consent = Jeg samtykker i at senteret behandler opplysningene mine for å avtale prøvetimen, som beskrevet i { $link }.
privacy-link = personvernerklæringen
privacy-consent-plain = Jeg samtykker i at senteret behandler opplysningene mine for å avtale prøvetimen.
marketing-legend = Senteret kan sende meg tilbud og nyheter via
marketing-email = E-post
marketing-text-message = SMS
marketing-phone = Telefon
marketing-letter = Brev
error-required = Fyll ut dette feltet.
error-choose = Velg ett alternativ.
error-email = Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no.
error-phone = Skriv inn et telefonnummer med minst 6 sifre.
error-date = Skriv inn en gyldig dato.
error-future = Fødselsdatoen kan ikke være frem i tid.
error-too-young = Du må være minst { $age } år for å bestille en prøvetime.
error-zip = Skriv inn et gyldig postnummer.
error-too-long = Dette er for langt.
error-address-incomplete = Fyll ut hele adressen.
error-privacy = Gi samtykke slik at senteret kan bruke opplysningene dine.
form-has-errors = Rett opp feltene som er merket.
book-now = Bestill nå
join-waiting-list = Sett meg på ventelisten
booking-in-progress = Bestiller…

lead-invalid = Senteret kunne ikke ta imot disse opplysningene. Sjekk dem, særlig e-postadressen.
lead-duplicate = Du er allerede registrert hos dette senteret. Kontakt senteret for å bestille prøvetimen din.
lead-unknown = Opplysningene dine kunne ikke kontrolleres akkurat nå. Kontakt senteret.
slot-no-contingent = Du har allerede brukt prøvetimene dette tilbudet gir. Kontakt senteret.
slot-limit-reached = Dette tidspunktet er fullt, også ventelisten. Velg et annet tidspunkt.
slot-already-booked = Du har allerede bestilt dette tidspunktet.
slot-customer-idle = Medlemskapet ditt er satt på pause på dette tidspunktet. Kontakt senteret.
slot-other-booking = Du har allerede en annen bestilling på dette tidspunktet. Velg et annet tidspunkt.
slot-display-only = Denne timen kan ikke bestilles på nett. Kontakt senteret.
slot-not-yet-open = Bestilling for dette tidspunktet har ikke åpnet ennå. Velg et annet tidspunkt.
slot-closed = Bestillingen for dette tidspunktet er stengt. Velg et annet tidspunkt.
slot-studio-closed = Senteret er stengt på dette tidspunktet. Velg et annet tidspunkt.
slot-not-available = Dette tidspunktet kan ikke bestilles. Velg et annet tidspunkt.
slot-restrictions = Denne avtalen har krav som ikke er oppfylt ennå. Kontakt senteret.
slot-past = Dette tidspunktet har allerede begynt. Velg et annet tidspunkt.
slot-period-changed = Dette tidspunktet er endret i mellomtiden. Velg det på nytt.
slot-no-resource = Det er ingen ledig instruktør eller sal på dette tidspunktet lenger. Velg et annet tidspunkt.
booking-canceled = Bestillingen ble ikke fullført. Velg et annet tidspunkt eller kontakt senteret.
booking-unknown = Vi kunne ikke bekrefte om bestillingen gikk gjennom. Kontakt senteret før du bestiller på nytt.
error-offline = Ingen tilkobling. Sjekk internettforbindelsen og prøv igjen.
error-timeout = Senterets bestillingssystem svarer ikke. Prøv igjen.
error-busy = Mange bestiller akkurat nå. Prøv igjen om et minutt.
error-not-answering = Studioets bookingsystem svarer ikke akkurat nå. Prøv igjen om litt.
error-not-found = Dette er ikke lenger tilgjengelig. Velg på nytt.
error-conflict = Noen andre har akkurat bestilt dette tidspunktet. Velg et annet tidspunkt.
error-invalid = Noen av opplysningene dine ble ikke godtatt. Sjekk dem.
error-unavailable = Nettbestilling er ikke tilgjengelig akkurat nå. Kontakt senteret.
error-already-booked = Du har allerede bestilt en prøvetime. Kontakt senteret hvis du vil endre den.
error-active-member = Du er allerede medlem, så du trenger ingen prøvetime. Velkommen tilbake!
error-server = Noe gikk galt i senterets bestillingssystem. Prøv igjen senere.
action-fix-details = Sjekk opplysningene mine
action-choose-time = Velg et annet tidspunkt

done-booked-title = Du er bestilt!
done-booked-body = Vi ses på senteret.
done-call-title = Studioet har opplysningene dine
done-call-body = Studioet ringer deg for å avtale et tidspunkt for prøvetimen din.
done-confirm-title = Nesten ferdig: bekreft bestillingen din
done-confirm-body = Senteret sender deg en e-post med en bekreftelseslenke. Bekreft senest { $term } før start, ellers blir bestillingen kansellert automatisk.
done-confirm-body-plain = Senteret sender deg en e-post med en bekreftelseslenke. Bekreft snart, ellers kan bestillingen bli kansellert.
done-waiting-title = Du står på ventelisten
done-waiting-body = Timen er full akkurat nå. Hvis en plass blir ledig, gir senteret deg beskjed.
summary-what = Hva
summary-when = Når
summary-with = Med
summary-where = Hvor
add-to-calendar = Legg til i kalenderen
add-to-google-calendar = Legg til i Google Kalender
add-to-outlook = Legg til i Outlook.com
book-another = Bestill en ny prøvetime
success-next = Om et øyeblikk kommer du videre til neste side.
success-continue = Fortsett
success-stay = Bli på denne siden
term-minutes = { $n ->
    [one] { $n } minutt
   *[other] { $n } minutter
}
term-hours = { $n ->
    [one] { $n } time
   *[other] { $n } timer
}
term-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dager
}
term-weeks = { $n ->
    [one] { $n } uke
   *[other] { $n } uker
}
term-months = { $n ->
    [one] { $n } måned
   *[other] { $n } måneder
}
term-years = { $n } år

step-studio = Senter
studios-heading = Hvor vil du trene?
studios-loading = Laster inn sentrene…
studios-failed = Sentrene kunne ikke lastes inn.
studios-no-match = Ingen sentre passer til søket ditt.
studio-search = Søk etter navn, postnummer eller sted
studio-opens-on = Åpner { $date }
studio-closed = Stengt for øyeblikket
studio-not-online = Her kan du ikke bestille prøvetime på nett; kontakt senteret.
session-time-heading = Velg et tidspunkt: { $studio }
week-earlier = Forrige uke
week-later = Neste uke
campaign-label = Hvordan hørte du om oss?
campaign-none = Velg (valgfritt)
trainer-choice = Jeg vil gjerne ha med en trener.
trainer-included = En trener blir med deg.
trainer-yes = Med trener
trainer-no = På egen hånd
form-failed = Skjemaet kunne ikke lastes inn.
lead-heading = Vi ringer deg
lead-intro = Legg igjen opplysningene dine, så tar senteret kontakt for å avtale prøvetimen din.
lead-studio = Senter
lead-send = Send
lead-sent-title = Takk!
lead-sent-body = Senteret tar snart kontakt med deg.

confirm-checking = Bekrefter bestillingen din…
confirm-confirmed-title = Bestillingen din er bekreftet
confirm-confirmed-body = Takk! Vi ses på senteret.
confirm-expired-title = Denne bekreftelseslenken har utløpt
confirm-expired-body = Bestillingen ble ikke bekreftet i tide og er kansellert. Du er velkommen til å bestille en ny prøvetime.
confirm-failed = Bestillingen kunne ikke bekreftes.
