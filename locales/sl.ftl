# Slovenščina. Enaka sporočila in spremenljivke kot v en.ftl.

widget-heading = Rezerviraj brezplačni poskusni trening
steps-label = Koraki rezervacije
step-offer = Ponudba
step-time = Termin
step-details = Tvoji podatki
step-done = Rezervirano
step-completed = končano
step-current = trenutni korak
popup-close = Zapri
popup-launcher = Rezerviraj poskusni trening
empty-title = Trenutno ni ničesar za rezervacijo
empty-body = Trenutno ni poskusnih treningov, ki bi jih bilo mogoče rezervirati. Poskusi znova pozneje ali se obrni na center.

config-error-title = Tega obrazca za rezervacijo ni mogoče prikazati
config-error-intro = Obrazec za rezervacijo na tej strani ni pravilno nastavljen. Obrni se na center. Podrobnosti za razvijalca spletne strani:
config-unknown-backend = backend="{ $value }" ni znan backend. Uporabi enega od: { $choices }.
config-unknown-mode = mode="{ $value }" ni znan način. Uporabi enega od: { $choices }.
config-missing-attribute = backend="{ $backend }" potrebuje atribut { $attribute }.
config-url-scheme = { $attribute }="{ $value }" se mora začeti s https:// (http:// samo za localhost) ali biti pot, ki se začne z /.
config-url-malformed = { $attribute }="{ $value }" ni veljaven URL.
config-url-query = { $attribute }="{ $value }" ne sme vsebovati ? ali #.
config-invalid-id = { $attribute }="{ $value }" mora biti pozitivno celo število.
config-url-https-only = { $attribute }="{ $value }" se mora začeti s https:// ali biti pot na tem spletnem mestu, ki se začne z /.
config-invalid-seconds = { $attribute }="{ $value }" mora biti celo število sekund od 0 do 3600.
config-not-for-backend = Atribut { $attribute } z backend="{ $backend }" nima učinka. Odstrani ga.
config-lead-needs-connect = mode="lead" zahteva backend="connect" ali backend="demo".
config-empty-heading = Atribut heading je prazen. Odstrani ga, da bo uporabljen privzeti naslov.
config-backend-not-built = Ta različica pripomočka ne more delovati z backend="{ $backend }". Naloži pripomoček s trial-booking.js, ki izbere pravo različico.
config-unknown-flow = flow="{ $value }" ni znan potek rezervacije. Uporabi enega od: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" ne deluje z backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" mora biti prazen, "true" ali "false".
config-unknown-value = { $attribute }="{ $value }" ni znana vrednost. Uporabi eno od: { $choices }.
config-floating-needs-popup = Atribut floating-button deluje samo z display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" mora biti seznam pravil, kot je "utm_source=newsletter:12 utm_campaign=spring:13" (parameter=vrednost:ID kampanje).
config-misspelled = Atribut { $attribute } ni znan. Si mislil { $suggestion }?

loading = Nalaganje…
try-again = Poskusi znova
load-failed = Rezervacija trenutno ni na voljo. Poskusi znova čez trenutek.
demo-notice = Predstavitveni studio: tu se nič ne rezervira zares.
back = Nazaj
change = Spremeni
optional = neobvezno

offers-heading = Kaj bi rad preizkusil?
offers-loading = Nalagam ponudbe…
offers-failed = Ponudb ni bilo mogoče naložiti.
offer-untitled = Poskusni trening
offer-minutes = { $minutes } min
offer-class = Skupinska vadba
offer-appointment = Individualni termin

time-heading = Izberi termin: { $offer }
times-loading = Nalagam termine…
times-failed = Terminov ni bilo mogoče naložiti.
times-none-class = Za to vadbo v naslednjih dveh tednih ni terminov.
times-none-window = Te dni ni prostih terminov.
times-next-free = Naslednji prosti termin je { $when }.
times-show-next-free = Prikaži { $day }
times-none-ahead = Tudi v prihodnjih tednih ni prostih terminov.
times-call-back = Noben od teh terminov mi ne ustreza
time-zone-note = Časi so navedeni po lokalnem času centra ({ $zone }).
window-earlier = Prejšnji dnevi
window-later = Naslednji dnevi
window-range = { $from } – { $to }
day-strip-label = Dnevi
day-free-times = { $day }: { $n ->
    [one] { $n } prost termin
    [two] { $n } prosta termina
    [few] { $n } prosti termini
   *[other] { $n } prostih terminov
}
day-no-free-times = { $day }: ni prostih terminov
day-no-times = { $day }: ni terminov
slot-spots = { $n ->
    [one] Še { $n } prosto mesto
    [two] Še { $n } prosti mesti
    [few] Še { $n } prosta mesta
   *[other] Še { $n } prostih mest
}
slot-available = Prosto
slot-badge-waiting-list = Čakalna vrsta
slot-badge-full = Zasedeno
slot-badge-opens = Rezervacije od { $date }
slot-badge-closed = Rezervacije zaprte
slot-badge-past = Končano
slot-with = vodi { $names }
offer-not-for-leads = Novi obiskovalci te ponudbe ne morejo rezervirati na spletu. Obrni se na center in se dogovori za poskusni trening.

details-heading = Tvoji podatki
your-choice = Tvoja izbira
booking-as = Rezerviraš kot { $name } ({ $email }).
field-firstname = Ime
field-lastname = Priimek
field-email = E-poštni naslov
field-gender = Spol
gender-choose = Izberi
gender-female = Ženski
gender-male = Moški
gender-unisex = Drugo
field-dob = Datum rojstva
field-phone = Telefonska številka
field-street = Ulica
field-house-number = Hišna številka
field-zip = Poštna številka
field-city = Kraj
privacy-consent = Strinjam se, da center obdela moje podatke za dogovor o poskusnem treningu, kot je opisano v { $link }.
privacy-link = pravilniku o zasebnosti
privacy-consent-plain = Strinjam se, da center obdela moje podatke za dogovor o poskusnem treningu.
marketing-legend = Center mi lahko pošilja ponudbe in novice po
marketing-email = E-pošti
marketing-text-message = SMS-u
marketing-phone = Telefonu
marketing-letter = Navadni pošti
error-required = Izpolni to polje.
error-choose = Izberi eno možnost.
error-email = Vnesi veljaven e-poštni naslov, npr. ime@primer.si.
error-phone = Vnesi telefonsko številko z vsaj 6 števkami.
error-date = Vnesi veljaven datum.
error-future = Datum rojstva ne more biti v prihodnosti.
error-too-young = Za rezervacijo poskusnega treninga moraš imeti vsaj { $age } let.
error-zip = Vnesi veljavno poštno številko.
error-too-long = Besedilo je predolgo.
error-address-incomplete = Dopolni naslov.
error-privacy = Daj soglasje, da lahko center uporabi tvoje podatke.
form-has-errors = Popravi označena polja.
book-now = Rezerviraj
join-waiting-list = Vpiši me v čakalno vrsto
booking-in-progress = Rezerviram…

lead-invalid = Center teh podatkov ni mogel sprejeti. Preveri jih, predvsem e-poštni naslov.
lead-duplicate = V tem centru si že registriran. Za rezervacijo poskusnega treninga se obrni na center.
lead-unknown = Tvojih podatkov trenutno ni bilo mogoče preveriti. Obrni se na center.
slot-no-contingent = Poskusne treninge iz te ponudbe si že izkoristil. Obrni se na center.
slot-limit-reached = Ta termin je v celoti zaseden, tudi čakalna vrsta. Izberi drug termin.
slot-already-booked = Ta termin si že rezerviral.
slot-customer-idle = Tvoje članstvo takrat miruje. Obrni se na center.
slot-other-booking = Takrat že imaš drugo rezervacijo. Izberi drug termin.
slot-display-only = Te vadbe ni mogoče rezervirati na spletu. Obrni se na center.
slot-not-yet-open = Rezervacije za ta termin še niso odprte. Izberi drug termin.
slot-closed = Rezervacije za ta termin so zaprte. Izberi drug termin.
slot-studio-closed = Center je takrat zaprt. Izberi drug termin.
slot-not-available = Tega termina ni mogoče rezervirati. Izberi drug termin.
slot-restrictions = Za ta termin še niso izpolnjeni vsi pogoji. Obrni se na center.
slot-past = Ta termin se je že začel. Izberi drug termin.
slot-period-changed = Ta termin se je medtem spremenil. Izberi ga znova.
slot-no-resource = Takrat ni več prostega trenerja ali dvorane. Izberi drug termin.
booking-canceled = Rezervacija ni bila dokončana. Izberi drug termin ali se obrni na center.
booking-unknown = Nismo mogli preveriti, ali je rezervacija uspela. Preden znova rezerviraš, se obrni na center.
error-offline = Ni povezave. Preveri internetno povezavo in poskusi znova.
error-timeout = Rezervacijski sistem centra se ne odziva. Poskusi znova.
error-busy = Trenutno rezervira veliko ljudi. Poskusi znova čez minuto.
error-not-answering = Rezervacijski sistem studia trenutno ne odgovarja. Poskusi znova čez trenutek.
error-not-found = To ni več na voljo. Izberi znova.
error-conflict = Nekdo drug je pravkar rezerviral ta termin. Izberi drug termin.
error-invalid = Nekateri tvoji podatki niso bili sprejeti. Preveri jih.
error-unavailable = Spletna rezervacija trenutno ni na voljo. Obrni se na center.
error-already-booked = Poskusni trening si že rezerviral. Če ga želiš spremeniti, se obrni na center.
error-active-member = Si že član, zato poskusnega treninga ne potrebuješ. Dobrodošel nazaj!
error-server = V rezervacijskem sistemu centra je prišlo do napake. Poskusi znova pozneje.
action-fix-details = Preveri moje podatke
action-choose-time = Izberi drug termin

done-booked-title = Rezervirano!
done-booked-body = Se vidimo v centru.
done-call-title = Studio ima tvoje podatke
done-call-body = Studio te bo poklical, da se dogovorita za termin poskusne vadbe.
done-confirm-title = Skoraj končano: potrdi rezervacijo
done-confirm-body = Center ti bo poslal e-pošto s povezavo za potrditev. Potrdi najpozneje { $term } pred začetkom, sicer bo rezervacija samodejno preklicana.
done-confirm-body-plain = Center ti bo poslal e-pošto s povezavo za potrditev. Potrdi čim prej, sicer bo rezervacija morda preklicana.
done-waiting-title = Si v čakalni vrsti
done-waiting-body = Vadba je trenutno polna. Ko se sprosti mesto, te bo center obvestil.
summary-what = Kaj
summary-when = Kdaj
summary-with = S kom
summary-where = Kje
add-to-calendar = Dodaj v koledar
add-to-google-calendar = Dodaj v Google Koledar
add-to-outlook = Dodaj v Outlook.com
book-another = Rezerviraj še en poskusni trening
success-next = Čez trenutek te preusmerimo na naslednjo stran.
success-continue = Nadaljuj
success-stay = Ostani na tej strani
term-minutes = { $n ->
    [one] { $n } minuto
    [two] { $n } minutama
    [few] { $n } minutami
   *[other] { $n } minutami
}
term-hours = { $n ->
    [one] { $n } uro
    [two] { $n } urama
    [few] { $n } urami
   *[other] { $n } urami
}
term-days = { $n ->
    [one] { $n } dnem
    [two] { $n } dnevoma
    [few] { $n } dnevi
   *[other] { $n } dnevi
}
term-weeks = { $n ->
    [one] { $n } tednom
    [two] { $n } tednoma
    [few] { $n } tedni
   *[other] { $n } tedni
}
term-months = { $n ->
    [one] { $n } mesecem
    [two] { $n } mesecema
    [few] { $n } meseci
   *[other] { $n } meseci
}
term-years = { $n ->
    [one] { $n } letom
    [two] { $n } letoma
    [few] { $n } leti
   *[other] { $n } leti
}

step-studio = Center
studios-heading = Kje bi rad vadil?
studios-loading = Nalagam centre…
studios-failed = Centrov ni bilo mogoče naložiti.
studios-no-match = Tvojemu iskanju ne ustreza noben center.
studio-search = Išči po imenu, poštni številki ali kraju
studio-opens-on = Odpre se { $date }
studio-closed = Trenutno zaprto
studio-not-online = Tukaj poskusnega treninga ni mogoče rezervirati na spletu; obrni se na center.
session-time-heading = Izberi termin: { $studio }
week-earlier = Prejšnji teden
week-later = Naslednji teden
campaign-label = Kako si izvedel za nas?
campaign-none = Izberi (neobvezno)
trainer-choice = Želim, da me spremlja trener.
trainer-included = Spremljal te bo trener.
trainer-yes = S trenerjem
trainer-no = Sam
form-failed = Obrazca ni bilo mogoče naložiti.
lead-heading = Poklicali te bomo
lead-intro = Pusti nam svoje podatke in center se ti bo oglasil, da se dogovorita za poskusni trening.
lead-studio = Center
lead-send = Pošlji
lead-sent-title = Hvala!
lead-sent-body = Center se ti bo kmalu oglasil.

confirm-checking = Potrjujem rezervacijo…
confirm-confirmed-title = Tvoja rezervacija je potrjena
confirm-confirmed-body = Hvala! Se vidimo v centru.
confirm-expired-title = Ta povezava za potrditev je potekla
confirm-expired-body = Rezervacija ni bila pravočasno potrjena in je bila preklicana. Lahko rezerviraš nov poskusni trening.
confirm-failed = Rezervacije ni bilo mogoče potrditi.
