# Italiano. Gli stessi messaggi e le stesse variabili di en.ftl.

widget-heading = Prenota la tua lezione di prova gratuita
steps-label = Passaggi della prenotazione
step-offer = Offerta
step-time = Orario
step-details = I tuoi dati
step-done = Prenotato
step-completed = completato
step-current = passaggio attuale
popup-close = Chiudi
popup-launcher = Prenota una lezione di prova
empty-title = Al momento non c'è nulla da prenotare
empty-body = Al momento non ci sono lezioni di prova prenotabili. Riprova più tardi o contatta il centro.

config-error-title = Questo modulo di prenotazione non può essere visualizzato
config-error-intro = Il modulo di prenotazione di questa pagina non è configurato correttamente. Contatta il centro. Dettagli per lo sviluppatore del sito:
config-unknown-backend = backend="{ $value }" non è un backend conosciuto. Usane uno tra: { $choices }.
config-unknown-mode = mode="{ $value }" non è una modalità conosciuta. Usane una tra: { $choices }.
config-missing-attribute = backend="{ $backend }" richiede l'attributo { $attribute }.
config-url-scheme = { $attribute }="{ $value }" deve iniziare con https:// (http:// solo per localhost) o essere un percorso che inizia con /.
config-url-malformed = { $attribute }="{ $value }" non è un URL valido.
config-url-query = { $attribute }="{ $value }" non deve contenere ? né #.
config-invalid-id = { $attribute }="{ $value }" deve essere un numero intero positivo.
config-url-https-only = { $attribute }="{ $value }" deve iniziare con https:// o essere un percorso di questo sito che inizia con /.
config-invalid-seconds = { $attribute }="{ $value }" deve essere un numero intero di secondi tra 0 e 3600.
config-not-for-backend = L'attributo { $attribute } non ha effetto con backend="{ $backend }". Rimuovilo.
config-lead-needs-connect = mode="lead" richiede backend="connect" o backend="demo".
config-empty-heading = L'attributo heading è vuoto. Rimuovilo per usare il titolo predefinito.
config-backend-not-built = Questa versione del widget non può comunicare con backend="{ $backend }". Carica il widget con trial-booking.js, che sceglie la versione giusta.
config-unknown-flow = flow="{ $value }" non è un flusso di prenotazione conosciuto. Usane uno tra: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" non funziona con backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" deve essere vuoto, "true" o "false".
config-unknown-value = { $attribute }="{ $value }" non è un valore conosciuto. Usane uno tra: { $choices }.
config-floating-needs-popup = L'attributo floating-button funziona solo con display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" deve essere un elenco di regole come "utm_source=newsletter:12 utm_campaign=spring:13" (parametro=valore:ID campagna).
config-misspelled = L'attributo { $attribute } è sconosciuto. Intendevi { $suggestion }?

loading = Caricamento…
try-again = Riprova
load-failed = La prenotazione non è disponibile al momento. Riprova tra poco.
demo-notice = Demo: in questo studio non si prenota nulla davvero.
back = Indietro
change = Modifica
optional = facoltativo

offers-heading = Cosa ti piacerebbe provare?
offers-loading = Caricamento delle offerte…
offers-failed = Non è stato possibile caricare le offerte.
offer-untitled = Lezione di prova
offer-minutes = { $minutes } min
offer-class = Corso
offer-appointment = Appuntamento

time-heading = Scegli un orario: { $offer }
times-loading = Caricamento degli orari…
times-failed = Non è stato possibile caricare gli orari.
times-none-class = Non ci sono orari per questo corso nelle prossime due settimane.
times-none-window = Nessun orario libero in questi giorni.
times-next-free = Il prossimo orario libero è { $when }.
times-show-next-free = Mostra { $day }
times-none-ahead = Non ci sono orari liberi nemmeno nelle prossime settimane.
times-call-back = Nessuno di questi orari mi va bene
time-zone-note = Gli orari sono nell'ora locale del centro ({ $zone }).
window-earlier = Giorni precedenti
window-later = Giorni successivi
window-range = { $from } – { $to }
day-strip-label = Giorni
day-free-times = { $day }: { $n ->
    [one] { $n } orario libero
   *[other] { $n } orari liberi
}
day-no-free-times = { $day }: nessun orario libero
day-no-times = { $day }: nessun orario
slot-spots = { $n ->
    [one] Resta { $n } posto
   *[other] Restano { $n } posti
}
slot-available = Libero
slot-badge-waiting-list = Lista d'attesa
slot-badge-full = Completo
slot-badge-opens = Prenotabile dal { $date }
slot-badge-closed = Prenotazioni chiuse
slot-badge-past = Terminato
slot-with = con { $names }
offer-not-for-leads = Questa offerta non può essere prenotata online dai nuovi visitatori. Contatta il centro per fissare la tua lezione di prova.

details-heading = I tuoi dati
your-choice = La tua scelta
booking-as = Stai prenotando come { $name } ({ $email }).
field-firstname = Nome
field-lastname = Cognome
field-email = Indirizzo e-mail
field-gender = Genere
gender-choose = Scegli
gender-female = Donna
gender-male = Uomo
gender-unisex = Altro
field-dob = Data di nascita
field-phone = Numero di telefono
field-street = Via
field-house-number = Numero civico
field-zip = CAP
field-city = Città
privacy-consent = Acconsento al trattamento dei miei dati da parte del centro per organizzare la mia lezione di prova, come descritto nell'{ $link }.
privacy-link = informativa sulla privacy
privacy-consent-plain = Acconsento al trattamento dei miei dati da parte del centro per organizzare la mia lezione di prova.
marketing-legend = Il centro può inviarmi offerte e novità tramite
marketing-email = E-mail
marketing-text-message = SMS
marketing-phone = Telefonata
marketing-letter = Lettera
error-required = Compila questo campo.
error-choose = Scegli un'opzione.
error-email = Inserisci un indirizzo e-mail valido, ad esempio nome@esempio.it.
error-phone = Inserisci un numero di telefono di almeno 6 cifre.
error-date = Inserisci una data valida.
error-future = La data di nascita non può essere nel futuro.
error-too-young = Per prenotare una lezione di prova devi avere almeno { $age } anni.
error-zip = Inserisci un CAP valido.
error-too-long = Il testo è troppo lungo.
error-address-incomplete = Completa l'indirizzo.
error-privacy = Dai il tuo consenso affinché il centro possa usare i tuoi dati.
form-has-errors = Correggi i campi evidenziati.
book-now = Prenota ora
join-waiting-list = Mettimi in lista d'attesa
booking-in-progress = Prenotazione in corso…

lead-invalid = Il centro non ha potuto accettare questi dati. Controllali, soprattutto l'indirizzo e-mail.
lead-duplicate = Sei già registrato presso questo centro. Contatta il centro per prenotare la tua lezione di prova.
lead-unknown = Al momento non è stato possibile verificare i tuoi dati. Contatta il centro.
slot-no-contingent = Hai già usato le lezioni di prova previste da questa offerta. Contatta il centro.
slot-limit-reached = Questo orario è al completo, lista d'attesa compresa. Scegli un altro orario.
slot-already-booked = Hai già prenotato questo orario.
slot-customer-idle = In quel periodo il tuo abbonamento è sospeso. Contatta il centro.
slot-other-booking = A quell'ora hai già un'altra prenotazione. Scegli un altro orario.
slot-display-only = Questo corso non può essere prenotato online. Contatta il centro.
slot-not-yet-open = Le prenotazioni per questo orario non sono ancora aperte. Scegli un altro orario.
slot-closed = Le prenotazioni per questo orario sono chiuse. Scegli un altro orario.
slot-studio-closed = A quell'ora il centro è chiuso. Scegli un altro orario.
slot-not-available = Questo orario non è prenotabile. Scegli un altro orario.
slot-restrictions = Questo appuntamento ha requisiti non ancora soddisfatti. Contatta il centro.
slot-past = Questo orario è già iniziato. Scegli un altro orario.
slot-period-changed = Nel frattempo questo orario è cambiato. Sceglilo di nuovo.
slot-no-resource = A quell'ora non ci sono più istruttori o sale liberi. Scegli un altro orario.
booking-canceled = La prenotazione non è stata completata. Scegli un altro orario o contatta il centro.
booking-unknown = Non siamo riusciti a verificare se la prenotazione è andata a buon fine. Contatta il centro prima di prenotare di nuovo.
error-offline = Nessuna connessione. Controlla la connessione a internet e riprova.
error-timeout = Il sistema di prenotazione del centro non risponde. Riprova.
error-busy = In questo momento molte persone stanno prenotando. Riprova tra un minuto.
error-not-answering = Il sistema di prenotazione dello studio non risponde al momento. Riprova tra poco.
error-not-found = Non è più disponibile. Scegli di nuovo.
error-conflict = Qualcun altro ha appena prenotato questo orario. Scegli un altro orario.
error-invalid = Alcuni dei tuoi dati non sono stati accettati. Controllali.
error-unavailable = La prenotazione online al momento non è disponibile. Contatta il centro.
error-already-booked = Hai già prenotato una lezione di prova. Contatta il centro se vuoi modificarla.
error-active-member = Sei già iscritto, quindi non ti serve una lezione di prova. Bentornato!
error-server = Si è verificato un problema nel sistema di prenotazione del centro. Riprova più tardi.
action-fix-details = Controlla i miei dati
action-choose-time = Scegli un altro orario

done-booked-title = Prenotazione fatta!
done-booked-body = Ci vediamo al centro.
done-call-title = Lo studio ha i tuoi dati
done-call-body = Lo studio ti chiamerà per concordare un orario per la tua sessione di prova.
done-confirm-title = Quasi fatto: conferma la tua prenotazione
done-confirm-body = Il centro ti invierà un'e-mail con un link di conferma. Conferma al più tardi { $term } prima dell'inizio, altrimenti la prenotazione verrà annullata automaticamente.
done-confirm-body-plain = Il centro ti invierà un'e-mail con un link di conferma. Conferma al più presto, altrimenti la prenotazione potrebbe essere annullata.
done-waiting-title = Sei in lista d'attesa
done-waiting-body = Il corso al momento è al completo. Se si libera un posto, il centro ti avviserà.
summary-what = Cosa
summary-when = Quando
summary-with = Con
summary-where = Dove
add-to-calendar = Aggiungi al calendario
add-to-google-calendar = Aggiungi a Google Calendar
add-to-outlook = Aggiungi a Outlook.com
book-another = Prenota un'altra lezione di prova
success-next = Tra un attimo ti portiamo alla pagina successiva.
success-continue = Continua
success-stay = Resta su questa pagina
term-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minuti
}
term-hours = { $n ->
    [one] { $n } ora
   *[other] { $n } ore
}
term-days = { $n ->
    [one] { $n } giorno
   *[other] { $n } giorni
}
term-weeks = { $n ->
    [one] { $n } settimana
   *[other] { $n } settimane
}
term-months = { $n ->
    [one] { $n } mese
   *[other] { $n } mesi
}
term-years = { $n ->
    [one] { $n } anno
   *[other] { $n } anni
}

step-studio = Centro
studios-heading = Dove vuoi allenarti?
studios-loading = Caricamento dei centri…
studios-failed = Non è stato possibile caricare i centri.
studios-no-match = Nessun centro corrisponde alla tua ricerca.
studio-search = Cerca per nome, CAP o città
studio-opens-on = Apre il { $date }
studio-closed = Al momento chiuso
studio-not-online = Qui non si possono prenotare lezioni di prova online; contatta il centro.
session-time-heading = Scegli un orario: { $studio }
week-earlier = Settimana precedente
week-later = Settimana successiva
campaign-label = Come ci hai conosciuto?
campaign-none = Scegli (facoltativo)
trainer-choice = Vorrei essere seguito da un istruttore.
trainer-included = Sarai seguito da un istruttore.
trainer-yes = Con istruttore
trainer-no = In autonomia
form-failed = Non è stato possibile caricare il modulo.
lead-heading = Ti richiamiamo noi
lead-intro = Lasciaci i tuoi dati e il centro ti contatterà per fissare la tua lezione di prova.
lead-studio = Centro
lead-send = Invia
lead-sent-title = Grazie!
lead-sent-body = Il centro ti contatterà presto.

confirm-checking = Conferma della prenotazione in corso…
confirm-confirmed-title = La tua prenotazione è confermata
confirm-confirmed-body = Grazie! Ci vediamo al centro.
confirm-expired-title = Questo link di conferma è scaduto
confirm-expired-body = La prenotazione non è stata confermata in tempo ed è stata annullata. Puoi prenotare una nuova lezione di prova quando vuoi.
confirm-failed = Non è stato possibile confermare la prenotazione.
