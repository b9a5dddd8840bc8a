# Română. Aceleași mesaje și variabile ca în en.ftl.

widget-heading = Rezervă-ți antrenamentul de probă gratuit
steps-label = Pașii rezervării
step-offer = Ofertă
step-time = Ora
step-details = Datele tale
step-done = Rezervat
step-completed = finalizat
step-current = pasul curent
popup-close = Închide
popup-launcher = Rezervă un antrenament de probă
empty-title = Momentan nu este nimic de rezervat
empty-body = Momentan nu sunt antrenamente de probă disponibile pentru rezervare. Revino mai târziu sau contactează clubul.

config-error-title = Acest formular de rezervare nu poate fi afișat
config-error-intro = Formularul de rezervare de pe această pagină nu este configurat corect. Te rugăm să contactezi clubul. Detalii pentru dezvoltatorul site-ului:
config-unknown-backend = backend="{ $value }" nu este un backend cunoscut. Folosește unul dintre: { $choices }.
config-unknown-mode = mode="{ $value }" nu este un mod cunoscut. Folosește unul dintre: { $choices }.
config-missing-attribute = backend="{ $backend }" are nevoie de atributul { $attribute }.
config-url-scheme = { $attribute }="{ $value }" trebuie să înceapă cu https:// (http:// doar pentru localhost) sau să fie o cale care începe cu /.
config-url-malformed = { $attribute }="{ $value }" nu este un URL valid.
config-url-query = { $attribute }="{ $value }" nu poate conține ? sau #.
config-invalid-id = { $attribute }="{ $value }" trebuie să fie un număr întreg pozitiv.
config-url-https-only = { $attribute }="{ $value }" trebuie să înceapă cu https:// sau să fie o cale de pe acest site care începe cu /.
config-invalid-seconds = { $attribute }="{ $value }" trebuie să fie un număr întreg de secunde între 0 și 3600.
config-not-for-backend = Atributul { $attribute } nu are efect cu backend="{ $backend }". Elimină-l.
config-lead-needs-connect = mode="lead" necesită backend="connect" sau backend="demo".
config-empty-heading = Atributul heading este gol. Elimină-l pentru a folosi titlul implicit.
config-backend-not-built = Această versiune a widgetului nu poate comunica cu backend="{ $backend }". Încarcă widgetul cu trial-booking.js, care alege versiunea potrivită.
config-unknown-flow = flow="{ $value }" nu este un flux de rezervare cunoscut. Folosește unul dintre: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" nu funcționează cu backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" trebuie să fie gol, "true" sau "false".
config-unknown-value = { $attribute }="{ $value }" nu este o valoare cunoscută. Folosește una dintre: { $choices }.
config-floating-needs-popup = Atributul floating-button funcționează doar cu display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" trebuie să fie o listă de reguli precum "utm_source=newsletter:12 utm_campaign=spring:13" (parametru=valoare:ID campanie).
config-misspelled = Atributul { $attribute } este necunoscut. Te-ai referit la { $suggestion }?

loading = Se încarcă…
try-again = Încearcă din nou
load-failed = Rezervarea nu este disponibilă acum. Încearcă din nou peste puțin timp.
demo-notice = Demo: în acest studio nu se rezervă nimic cu adevărat.
back = Înapoi
change = Modifică
optional = opțional

offers-heading = Ce ai vrea să încerci?
offers-loading = Se încarcă ofertele…
offers-failed = Ofertele nu au putut fi încărcate.
offer-untitled = Antrenament de probă
offer-minutes = { $minutes } min
offer-class = Clasă
offer-appointment = Programare

time-heading = Alege o oră: { $offer }
times-loading = Se încarcă orele…
times-failed = Orele nu au putut fi încărcate.
times-none-class = Nu există ore pentru această clasă în următoarele două săptămâni.
times-none-window = Nu sunt ore libere în aceste zile.
times-next-free = Următoarea oră liberă este { $when }.
times-show-next-free = Arată { $day }
times-none-ahead = Nici în săptămânile următoare nu sunt ore libere.
times-call-back = Niciuna dintre aceste ore nu mi se potrivește
time-zone-note = Orele sunt afișate în ora locală a clubului ({ $zone }).
window-earlier = Zilele anterioare
window-later = Zilele următoare
window-range = { $from } – { $to }
day-strip-label = Zile
day-free-times = { $day }: { $n ->
    [one] { $n } oră liberă
    [few] { $n } ore libere
   *[other] { $n } de ore libere
}
day-no-free-times = { $day }: nicio oră liberă
day-no-times = { $day }: nicio oră
slot-spots = { $n ->
    [one] A mai rămas { $n } loc
    [few] Au mai rămas { $n } locuri
   *[other] Au mai rămas { $n } de locuri
}
slot-available = Liber
slot-badge-waiting-list = Listă de așteptare
slot-badge-full = Complet
slot-badge-opens = Rezervări de la { $date }
slot-badge-closed = Rezervări închise
slot-badge-past = Încheiat
slot-with = cu { $names }
offer-not-for-leads = Vizitatorii noi nu pot rezerva online această ofertă. Contactează clubul pentru a stabili antrenamentul de probă.

details-heading = Datele tale
your-choice = Alegerea ta
booking-as = Rezervi ca { $name } ({ $email }).
field-firstname = Prenume
field-lastname = Nume
field-email = Adresă de e-mail
field-gender = Gen
gender-choose = Alege
gender-female = Feminin
gender-male = Masculin
gender-unisex = Altul
field-dob = Data nașterii
field-phone = Număr de telefon
field-street = Stradă
field-house-number = Număr
field-zip = Cod poștal
field-city = Localitate
privacy-consent = Sunt de acord ca clubul să îmi prelucreze datele pentru a stabili antrenamentul de probă, așa cum este descris în { $link }.
privacy-link = politica de confidențialitate
privacy-consent-plain = Sunt de acord ca clubul să îmi prelucreze datele pentru a stabili antrenamentul de probă.
marketing-legend = Clubul îmi poate trimite oferte și noutăți prin
marketing-email = E-mail
marketing-text-message = SMS
marketing-phone = Telefon
marketing-letter = Scrisoare
error-required = Completează acest câmp.
error-choose = Alege o opțiune.
error-email = Introdu o adresă de e-mail validă, de exemplu nume@exemplu.ro.
error-phone = Introdu un număr de telefon de cel puțin 6 cifre.
error-date = Introdu o dată validă.
error-future = Data nașterii nu poate fi în viitor.
error-too-young = Trebuie să ai cel puțin { $age } ani pentru a rezerva un antrenament de probă.
error-zip = Introdu un cod poștal valid.
error-too-long = Textul este prea lung.
error-address-incomplete = Completează adresa.
error-privacy = Exprimă-ți acordul pentru ca clubul să îți poată folosi datele.
form-has-errors = Corectează câmpurile marcate.
book-now = Rezervă acum
join-waiting-list = Înscrie-mă pe lista de așteptare
booking-in-progress = Se rezervă…

lead-invalid = Clubul nu a putut accepta aceste date. Verifică-le, mai ales adresa de e-mail.
lead-duplicate = Ești deja înregistrat la acest club. Contactează clubul pentru a-ți rezerva antrenamentul de probă.
lead-unknown = Datele tale nu au putut fi verificate acum. Contactează clubul.
slot-no-contingent = Ai folosit deja antrenamentele de probă incluse în această ofertă. Contactează clubul.
slot-limit-reached = Această oră este complet rezervată, inclusiv lista de așteptare. Alege altă oră.
slot-already-booked = Ai rezervat deja această oră.
slot-customer-idle = Abonamentul tău este suspendat în acea perioadă. Contactează clubul.
slot-other-booking = Ai deja o altă rezervare la acea oră. Alege altă oră.
slot-display-only = Această clasă nu poate fi rezervată online. Contactează clubul.
slot-not-yet-open = Rezervările pentru această oră nu s-au deschis încă. Alege altă oră.
slot-closed = Rezervările pentru această oră s-au închis. Alege altă oră.
slot-studio-closed = Clubul este închis la acea oră. Alege altă oră.
slot-not-available = Această oră nu poate fi rezervată. Alege altă oră.
slot-restrictions = Această programare are condiții care nu sunt încă îndeplinite. Contactează clubul.
slot-past = Această oră a început deja. Alege altă oră.
slot-period-changed = Această oră s-a schimbat între timp. Alege-o din nou.
slot-no-resource = La acea oră nu mai este liber niciun antrenor sau nicio sală. Alege altă oră.
booking-canceled = Rezervarea nu a fost finalizată. Alege altă oră sau contactează clubul.
booking-unknown = Nu am putut confirma dacă rezervarea a reușit. Contactează clubul înainte să rezervi din nou.
error-offline = Nu există conexiune. Verifică conexiunea la internet și încearcă din nou.
error-timeout = Sistemul de rezervări al clubului nu răspunde. Încearcă din nou.
error-busy = Foarte multe persoane rezervă acum. Încearcă din nou peste un minut.
error-not-answering = Sistemul de rezervări al studioului nu răspunde acum. Încearcă din nou peste puțin timp.
error-not-found = Nu mai este disponibil. Alege din nou.
error-conflict = Altcineva tocmai a rezervat această oră. Alege altă oră.
error-invalid = Unele dintre datele tale nu au fost acceptate. Verifică-le.
error-unavailable = Rezervarea online nu este disponibilă acum. Contactează clubul.
error-already-booked = Ai rezervat deja un antrenament de probă. Contactează clubul dacă vrei să îl modifici.
error-active-member = Ești deja membru, deci nu ai nevoie de un antrenament de probă. Bine ai revenit!
error-server = A apărut o problemă în sistemul de rezervări al clubului. Încearcă din nou mai târziu.
action-fix-details = Verifică datele mele
action-choose-time = Alege altă oră

done-booked-title = Ai rezervat!
done-booked-body = Ne vedem la club.
done-call-title = Studioul are datele tale
done-call-body = Studioul te va suna pentru a stabili o oră pentru sesiunea ta de probă.
done-confirm-title = Aproape gata: confirmă rezervarea
done-confirm-body = Clubul îți va trimite un e-mail cu un link de confirmare. Confirmă cu cel puțin { $term } înainte de început, altfel rezervarea se anulează automat.
done-confirm-body-plain = Clubul îți va trimite un e-mail cu un link de confirmare. Confirmă cât mai curând, altfel rezervarea poate fi anulată.
done-waiting-title = Ești pe lista de așteptare
done-waiting-body = Clasa este completă acum. Dacă se eliberează un loc, clubul te va anunța.
summary-what = Ce
summary-when = Când
summary-with = Cu
summary-where = Unde
add-to-calendar = Adaugă în calendar
add-to-google-calendar = Adaugă în Google Calendar
add-to-outlook = Adaugă în Outlook.com
book-another = Rezervă alt antrenament de probă
success-next = În câteva clipe te ducem la pagina următoare.
success-continue = Continuă
success-stay = Rămân pe această pagină
term-minutes = { $n ->
    [one] { $n } minut
    [few] { $n } minute
   *[other] { $n } de minute
}
term-hours = { $n ->
    [one] { $n } oră
    [few] { $n } ore
   *[other] { $n } de ore
}
term-days = { $n ->
    [one] { $n } zi
    [few] { $n } zile
   *[other] { $n } de zile
}
term-weeks = { $n ->
    [one] { $n } săptămână
    [few] { $n } săptămâni
   *[other] { $n } de săptămâni
}
term-months = { $n ->
    [one] { $n } lună
    [few] { $n } luni
   *[other] { $n } de luni
}
term-years = { $n ->
    [one] { $n } an
    [few] { $n } ani
   *[other] { $n } de ani
}

step-studio = Club
studios-heading = Unde vrei să te antrenezi?
studios-loading = Se încarcă cluburile…
studios-failed = Cluburile nu au putut fi încărcate.
studios-no-match = Niciun club nu corespunde căutării.
studio-search = Caută după nume, cod poștal sau localitate
studio-opens-on = Se deschide pe { $date }
studio-closed = Închis momentan
studio-not-online = Aici nu se pot rezerva online antrenamente de probă; contactează clubul.
session-time-heading = Alege o oră: { $studio }
week-earlier = Săptămâna anterioară
week-later = Săptămâna următoare
campaign-label = Cum ai aflat de noi?
campaign-none = Alege (opțional)
trainer-choice = Aș vrea să fiu însoțit de un antrenor.
trainer-included = Vei fi însoțit de un antrenor.
trainer-yes = Cu antrenor
trainer-no = Singur
form-failed = Formularul nu a putut fi încărcat.
lead-heading = Te sunăm noi
lead-intro = Lasă-ne datele tale, iar clubul te va contacta pentru a stabili antrenamentul de probă.
lead-studio = Club
lead-send = Trimite
lead-sent-title = Mulțumim!
lead-sent-body = Clubul te va contacta în curând.

confirm-checking = Se confirmă rezervarea…
confirm-confirmed-title = Rezervarea ta este confirmată
confirm-confirmed-body = Mulțumim! Ne vedem la club.
confirm-expired-title = Acest link de confirmare a expirat
confirm-expired-body = Rezervarea nu a fost confirmată la timp și a fost anulată. Poți rezerva oricând un nou antrenament de probă.
confirm-failed = Rezervarea nu a putut fi confirmată.
