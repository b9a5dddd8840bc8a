# Deutsch.

widget-heading = Buche dein kostenloses Probetraining
steps-label = Buchungsschritte
step-offer = Angebot
step-time = Termin
step-details = Deine Daten
step-done = Gebucht
step-completed = erledigt
step-current = aktueller Schritt
popup-close = Schließen
popup-launcher = Probetraining buchen
empty-title = Gerade ist nichts buchbar
empty-body = Im Moment sind keine Probetrainings buchbar. Bitte schau später wieder vorbei oder wende dich an das Studio.

## Konfigurationsfehler: für die Entwickler der Website, Attributnamen wie geschrieben

config-error-title = Dieses Buchungsformular kann nicht angezeigt werden
config-error-intro = Das Buchungsformular auf dieser Seite ist nicht richtig eingerichtet. Bitte wende dich an das Studio. Hinweise für die Entwickler der Website:
config-unknown-backend = backend="{ $value }" ist kein bekanntes Backend. Erlaubt sind: { $choices }.
config-unknown-mode = mode="{ $value }" ist kein bekannter Modus. Erlaubt sind: { $choices }.
config-missing-attribute = backend="{ $backend }" braucht das Attribut { $attribute }.
config-url-scheme = { $attribute }="{ $value }" muss mit https:// beginnen (http:// nur für localhost) oder ein Pfad sein, der mit / beginnt.
config-url-malformed = { $attribute }="{ $value }" ist keine gültige URL.
config-url-query = { $attribute }="{ $value }" darf weder ? noch # enthalten.
config-invalid-id = { $attribute }="{ $value }" muss eine positive ganze Zahl sein.
config-url-https-only = { $attribute }="{ $value }" muss mit https:// beginnen oder ein Pfad auf dieser Website sein, der mit / beginnt.
config-invalid-seconds = { $attribute }="{ $value }" muss eine ganze Zahl von Sekunden zwischen 0 und 3600 sein.
config-not-for-backend = Das Attribut { $attribute } hat mit backend="{ $backend }" keine Wirkung. Bitte entfernen.
config-lead-needs-connect = mode="lead" braucht backend="connect" oder backend="demo".
config-empty-heading = Das Attribut heading ist leer. Entferne es, um die Standardüberschrift zu verwenden.
config-backend-not-built = Diese Version des Widgets kann nicht mit backend="{ $backend }" sprechen. Lade das Widget mit trial-booking.js, das die passende Version wählt.
config-unknown-flow = flow="{ $value }" ist kein bekannter Buchungsablauf. Erlaubt sind: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" funktioniert nicht mit backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" muss leer, "true" oder "false" sein.
config-unknown-value = { $attribute }="{ $value }" ist unbekannt. Möglich sind: { $choices }.
config-floating-needs-popup = Das Attribut floating-button wirkt nur mit display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" muss eine Liste von Regeln wie "utm_source=newsletter:12 utm_campaign=spring:13" sein (Parameter=Wert:Kampagnen-ID).
config-misspelled = Das Attribut { $attribute } ist unbekannt. Meintest du { $suggestion }?

## Allgemein

loading = Wird geladen…
try-again = Erneut versuchen
load-failed = Die Buchung ist gerade nicht verfügbar. Bitte versuche es gleich noch einmal.
demo-notice = Demo-Studio: Hier wird nichts wirklich gebucht.
back = Zurück
change = Ändern
optional = optional

## Schritt 1: Angebot

offers-heading = Was möchtest du ausprobieren?
offers-loading = Angebote werden geladen…
offers-failed = Die Angebote konnten nicht geladen werden.
offer-untitled = Probetraining
offer-minutes = { $minutes } Min.
offer-class = Kurs
offer-appointment = Termin

## Schritt 2: Termin

time-heading = Wähle einen Termin: { $offer }
times-loading = Termine werden geladen…
times-failed = Die Termine konnten nicht geladen werden.
times-none-class = Für diesen Kurs gibt es in den nächsten zwei Wochen keine Termine.
times-none-window = An diesen Tagen ist nichts mehr frei.
times-next-free = Der nächste freie Termin ist am { $when }.
times-show-next-free = { $day } anzeigen
times-none-ahead = Auch in den nächsten Wochen ist nichts frei.
times-call-back = Keine dieser Zeiten passt mir
time-zone-note = Alle Zeiten in Ortszeit des Studios ({ $zone }).
window-earlier = Frühere Tage
window-later = Spätere Tage
window-range = { $from } – { $to }
day-strip-label = Tage
day-free-times = { $day }: { $n ->
    [one] { $n } freier Termin
   *[other] { $n } freie Termine
}
day-no-free-times = { $day }: keine freien Termine
day-no-times = { $day }: keine Termine
slot-spots = { $n ->
    [one] Noch 1 Platz frei
   *[other] Noch { $n } Plätze frei
}
slot-available = Frei
slot-badge-waiting-list = Warteliste
slot-badge-full = Ausgebucht
slot-badge-opens = Buchbar ab { $date }
slot-badge-closed = Buchung geschlossen
slot-badge-past = Vorbei
slot-with = mit { $names }
offer-not-for-leads = Dieses Angebot können neue Besucher nicht online buchen. Bitte wende dich an das Studio, um dein Probetraining zu vereinbaren.

## Schritt 3: Daten

details-heading = Deine Daten
your-choice = Deine Auswahl
booking-as = Du buchst als { $name } ({ $email }).
field-firstname = Vorname
field-lastname = Nachname
field-email = E-Mail-Adresse
field-gender = Geschlecht
gender-choose = Bitte wählen
gender-female = Weiblich
gender-male = Männlich
gender-unisex = Divers
field-dob = Geburtsdatum
field-phone = Telefonnummer
field-street = Straße
field-house-number = Hausnummer
field-zip = Postleitzahl
field-city = Ort
privacy-consent = Ich bin einverstanden, dass das Studio meine Daten zur Vereinbarung des Probetrainings verarbeitet, wie in der { $link } beschrieben.
privacy-link = Datenschutzerklärung
privacy-consent-plain = Ich bin einverstanden, dass das Studio meine Daten zur Vereinbarung des Probetrainings verarbeitet.
marketing-legend = Das Studio darf mir Angebote und Neuigkeiten schicken per
marketing-email = E-Mail
marketing-text-message = SMS
marketing-phone = Anruf
marketing-letter = Brief
error-required = Bitte fülle dieses Feld aus.
error-choose = Bitte wähle eine Option.
error-email = Bitte gib eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.
error-phone = Bitte gib eine Telefonnummer mit mindestens 6 Ziffern ein.
error-date = Bitte gib ein gültiges Datum ein.
error-future = Das Geburtsdatum kann nicht in der Zukunft liegen.
error-too-young = Für ein Probetraining musst du mindestens { $age } Jahre alt sein.
error-zip = Bitte gib eine gültige Postleitzahl ein.
error-too-long = Das ist zu lang.
error-address-incomplete = Bitte vervollständige die Adresse.
error-privacy = Bitte stimme zu, damit das Studio deine Daten verwenden darf.
form-has-errors = Bitte korrigiere die markierten Felder.
book-now = Jetzt buchen
join-waiting-list = Auf die Warteliste
booking-in-progress = Wird gebucht…

## Was passiert ist

lead-invalid = Das Studio konnte diese Daten nicht annehmen. Bitte prüfe sie, besonders die E-Mail-Adresse.
lead-duplicate = Du bist bei diesem Studio bereits registriert. Bitte wende dich an das Studio, um dein Probetraining zu buchen.
lead-unknown = Deine Daten konnten gerade nicht geprüft werden. Bitte wende dich an das Studio.
slot-no-contingent = Du hast die Probetrainings dieses Angebots bereits genutzt. Bitte wende dich an das Studio.
slot-limit-reached = Dieser Termin ist ausgebucht, auch die Warteliste. Bitte wähle einen anderen Termin.
slot-already-booked = Diesen Termin hast du bereits gebucht.
slot-customer-idle = Deine Mitgliedschaft ruht zu dieser Zeit. Bitte wende dich an das Studio.
slot-other-booking = Zu dieser Zeit hast du schon eine andere Buchung. Bitte wähle einen anderen Termin.
slot-display-only = Dieser Kurs ist nicht online buchbar. Bitte wende dich an das Studio.
slot-not-yet-open = Dieser Termin ist noch nicht buchbar. Bitte wähle einen anderen Termin.
slot-closed = Für diesen Termin ist die Buchung geschlossen. Bitte wähle einen anderen Termin.
slot-studio-closed = Das Studio ist zu dieser Zeit geschlossen. Bitte wähle einen anderen Termin.
slot-not-available = Dieser Termin ist nicht buchbar. Bitte wähle einen anderen Termin.
slot-restrictions = Für diesen Termin sind noch nicht alle Voraussetzungen erfüllt. Bitte wende dich an das Studio.
slot-past = Dieser Termin hat schon begonnen. Bitte wähle einen anderen Termin.
slot-period-changed = Dieser Termin hat sich inzwischen geändert. Bitte wähle ihn erneut.
slot-no-resource = Zu dieser Zeit ist kein Trainer oder Raum mehr frei. Bitte wähle einen anderen Termin.
booking-canceled = Die Buchung wurde nicht abgeschlossen. Bitte wähle einen anderen Termin oder wende dich an das Studio.
booking-unknown = Wir konnten nicht feststellen, ob die Buchung geklappt hat. Bitte wende dich an das Studio, bevor du erneut buchst.
error-offline = Keine Verbindung. Bitte prüfe deine Internetverbindung und versuche es erneut.
error-timeout = Das Buchungssystem des Studios antwortet nicht. Bitte versuche es erneut.
error-busy = Gerade buchen sehr viele. Bitte versuche es in einer Minute erneut.
error-not-answering = Das Buchungssystem des Studios antwortet gerade nicht. Bitte versuche es gleich noch einmal.
error-not-found = Das ist nicht mehr verfügbar. Bitte wähle erneut.
error-conflict = Diesen Termin hat gerade jemand anderes gebucht. Bitte wähle einen anderen Termin.
error-invalid = Einige deiner Angaben wurden nicht angenommen. Bitte prüfe sie.
error-unavailable = Die Online-Buchung ist gerade nicht verfügbar. Bitte wende dich an das Studio.
error-already-booked = Du hast bereits ein Probetraining gebucht. Bitte wende dich an das Studio, wenn du es ändern möchtest.
error-active-member = Du bist bereits Mitglied und brauchst kein Probetraining. Willkommen zurück!
error-server = Im Buchungssystem des Studios ist etwas schiefgegangen. Bitte versuche es später erneut.
action-fix-details = Meine Daten prüfen
action-choose-time = Anderen Termin wählen

## Schritt 4: gebucht

done-booked-title = Du bist gebucht!
done-booked-body = Wir sehen uns im Studio.
done-call-title = Das Studio hat deine Daten
done-call-body = Das Studio ruft dich an, um einen Termin für dein Probetraining zu vereinbaren.
done-confirm-title = Fast geschafft: Bitte bestätige deine Buchung
done-confirm-body = Das Studio schickt dir eine E-Mail mit einem Bestätigungslink. Bitte bestätige spätestens { $term } vor Beginn, sonst wird die Buchung automatisch storniert.
done-confirm-body-plain = Das Studio schickt dir eine E-Mail mit einem Bestätigungslink. Bitte bestätige bald, sonst kann die Buchung storniert werden.
done-waiting-title = Du stehst auf der Warteliste
done-waiting-body = Der Kurs ist gerade voll. Wird ein Platz frei, meldet sich das Studio bei dir.
summary-what = Was
summary-when = Wann
summary-with = Mit
summary-where = Wo
add-to-calendar = Zum Kalender hinzufügen
add-to-google-calendar = Zu Google Kalender hinzufügen
add-to-outlook = Zu Outlook.com hinzufügen
book-another = Weiteres Probetraining buchen
success-next = Gleich geht es weiter zur nächsten Seite.
success-continue = Weiter
success-stay = Auf dieser Seite bleiben
term-minutes = { $n ->
    [one] 1 Minute
   *[other] { $n } Minuten
}
term-hours = { $n ->
    [one] 1 Stunde
   *[other] { $n } Stunden
}
term-days = { $n ->
    [one] 1 Tag
   *[other] { $n } Tage
}
term-weeks = { $n ->
    [one] 1 Woche
   *[other] { $n } Wochen
}
term-months = { $n ->
    [one] 1 Monat
   *[other] { $n } Monate
}
term-years = { $n ->
    [one] 1 Jahr
   *[other] { $n } Jahre
}

## Connect: Studio, Wochen, Trainer, Rückruf

step-studio = Studio
studios-heading = Wo möchtest du trainieren?
studios-loading = Studios werden geladen…
studios-failed = Die Studios konnten nicht geladen werden.
studios-no-match = Kein Studio passt zu deiner Suche.
studio-search = Suche nach Name, Postleitzahl oder Ort
studio-opens-on = Eröffnet am { $date }
studio-closed = Derzeit geschlossen
studio-not-online = Hier gibt es kein Online-Probetraining; bitte wende dich an das Studio.
session-time-heading = Wähle einen Termin: { $studio }
week-earlier = Vorherige Woche
week-later = Nächste Woche
campaign-label = Wie bist du auf uns aufmerksam geworden?
campaign-none = Bitte wählen (optional)
trainer-choice = Ich möchte, dass mich ein Trainer begleitet.
trainer-included = Ein Trainer wird dich begleiten.
trainer-yes = Mit Trainer
trainer-no = Allein
form-failed = Das Formular konnte nicht geladen werden.
lead-heading = Wir rufen dich an
lead-intro = Hinterlasse deine Daten, und das Studio meldet sich, um dein Probetraining zu vereinbaren.
lead-studio = Studio
lead-send = Absenden
lead-sent-title = Danke!
lead-sent-body = Das Studio meldet sich bald bei dir.

## Bestätigungslink

confirm-checking = Deine Buchung wird bestätigt…
confirm-confirmed-title = Deine Buchung ist bestätigt
confirm-confirmed-body = Danke! Wir sehen uns im Studio.
confirm-expired-title = Dieser Bestätigungslink ist abgelaufen
confirm-expired-body = Die Buchung wurde nicht rechtzeitig bestätigt und ist storniert. Du kannst gern ein neues Probetraining buchen.
confirm-failed = Die Buchung konnte nicht bestätigt werden.
