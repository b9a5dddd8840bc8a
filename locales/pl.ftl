# Polski. Te same komunikaty i zmienne co w en.ftl.

widget-heading = Zarezerwuj bezpłatne zajęcia próbne
steps-label = Etapy rezerwacji
step-offer = Oferta
step-time = Termin
step-details = Twoje dane
step-done = Zarezerwowano
step-completed = ukończono
step-current = bieżący etap
popup-close = Zamknij
popup-launcher = Zarezerwuj zajęcia próbne
empty-title = Obecnie nie ma nic do zarezerwowania
empty-body = W tej chwili nie ma zajęć próbnych do zarezerwowania. Sprawdź ponownie później lub skontaktuj się z klubem.

config-error-title = Nie można wyświetlić tego formularza rezerwacji
config-error-intro = Formularz rezerwacji na tej stronie nie jest poprawnie skonfigurowany. Skontaktuj się z klubem. Szczegóły dla twórcy strony:
config-unknown-backend = backend="{ $value }" nie jest znanym backendem. Użyj jednego z: { $choices }.
config-unknown-mode = mode="{ $value }" nie jest znanym trybem. Użyj jednego z: { $choices }.
config-missing-attribute = backend="{ $backend }" wymaga atrybutu { $attribute }.
config-url-scheme = { $attribute }="{ $value }" musi zaczynać się od https:// (http:// tylko dla localhost) lub być ścieżką zaczynającą się od /.
config-url-malformed = { $attribute }="{ $value }" nie jest poprawnym adresem URL.
config-url-query = { $attribute }="{ $value }" nie może zawierać ? ani #.
config-invalid-id = { $attribute }="{ $value }" musi być dodatnią liczbą całkowitą.
config-url-https-only = { $attribute }="{ $value }" musi zaczynać się od https:// lub być ścieżką w tej witrynie zaczynającą się od /.
config-invalid-seconds = { $attribute }="{ $value }" musi być całkowitą liczbą sekund od 0 do 3600.
config-not-for-backend = Atrybut { $attribute } nie działa z backend="{ $backend }". Usuń go.
config-lead-needs-connect = mode="lead" wymaga backend="connect" lub backend="demo".
config-empty-heading = Atrybut heading jest pusty. Usuń go, aby użyć domyślnego nagłówka.
config-backend-not-built = Ta wersja widżetu nie obsługuje backend="{ $backend }". Wczytaj widżet przez trial-booking.js, który wybierze właściwą wersję.
config-unknown-flow = flow="{ $value }" nie jest znanym procesem rezerwacji. Użyj jednego z: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" nie działa z backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" musi być puste, "true" lub "false".
config-unknown-value = { $attribute }="{ $value }" nie jest znaną wartością. Użyj jednej z: { $choices }.
config-floating-needs-popup = Atrybut floating-button działa tylko z display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" musi być listą reguł, np. "utm_source=newsletter:12 utm_campaign=spring:13" (parametr=wartość:ID kampanii).
config-misspelled = Atrybut { $attribute } jest nieznany. Czy chodziło o { $suggestion }?

loading = Wczytywanie…
try-again = Spróbuj ponownie
load-failed = Rezerwacja jest teraz niedostępna. Spróbuj ponownie za chwilę.
demo-notice = Demo: w tym studiu nic nie jest naprawdę rezerwowane.
back = Wstecz
change = Zmień
optional = opcjonalnie

offers-heading = Co chcesz wypróbować?
offers-loading = Wczytywanie ofert…
offers-failed = Nie udało się wczytać ofert.
offer-untitled = Zajęcia próbne
offer-minutes = { $minutes } min
offer-class = Zajęcia grupowe
offer-appointment = Spotkanie

time-heading = Wybierz termin: { $offer }
times-loading = Wczytywanie terminów…
times-failed = Nie udało się wczytać terminów.
times-none-class = W ciągu najbliższych dwóch tygodni nie ma terminów tych zajęć.
times-none-window = W te dni nie ma wolnych terminów.
times-next-free = Najbliższy wolny termin: { $when }.
times-show-next-free = Pokaż { $day }
times-none-ahead = W najbliższych tygodniach również nie ma wolnych terminów.
times-call-back = Żaden z tych terminów mi nie pasuje
time-zone-note = Godziny podano według czasu lokalnego klubu ({ $zone }).
window-earlier = Wcześniejsze dni
window-later = Późniejsze dni
window-range = { $from } – { $to }
day-strip-label = Dni
day-free-times = { $day }: { $n ->
    [one] { $n } wolny termin
    [few] { $n } wolne terminy
    [many] { $n } wolnych terminów
   *[other] { $n } wolnego terminu
}
day-no-free-times = { $day }: brak wolnych terminów
day-no-times = { $day }: brak terminów
slot-spots = { $n ->
    [one] Zostało { $n } miejsce
    [few] Zostały { $n } miejsca
    [many] Zostało { $n } miejsc
   *[other] Zostało { $n } miejsca
}
slot-available = Wolne
slot-badge-waiting-list = Lista rezerwowa
slot-badge-full = Brak miejsc
slot-badge-opens = Rezerwacja od { $date }
slot-badge-closed = Rezerwacja zamknięta
slot-badge-past = Zakończone
slot-with = prowadzi: { $names }
offer-not-for-leads = Nowi goście nie mogą zarezerwować tej oferty online. Skontaktuj się z klubem, aby umówić zajęcia próbne.

details-heading = Twoje dane
your-choice = Twój wybór
booking-as = Rezerwujesz jako { $name } ({ $email }).
field-firstname = Imię
field-lastname = Nazwisko
field-email = Adres e-mail
field-gender = Płeć
gender-choose = Wybierz
gender-female = Kobieta
gender-male = Mężczyzna
gender-unisex = Inna
field-dob = Data urodzenia
field-phone = Numer telefonu
field-street = Ulica
field-house-number = Numer domu
field-zip = Kod pocztowy
field-city = Miejscowość
privacy-consent = Wyrażam zgodę na przetwarzanie moich danych przez klub w celu umówienia zajęć próbnych, zgodnie z { $link }.
privacy-link = polityką prywatności
privacy-consent-plain = Wyrażam zgodę na przetwarzanie moich danych przez klub w celu umówienia zajęć próbnych.
marketing-legend = Klub może wysyłać mi oferty i nowości przez
marketing-email = E-mail
marketing-text-message = SMS
marketing-phone = Telefon
marketing-letter = List
error-required = Wypełnij to pole.
error-choose = Wybierz jedną z opcji.
error-email = Podaj poprawny adres e-mail, np. imie@przyklad.pl.
error-phone = Podaj numer telefonu składający się z co najmniej 6 cyfr.
error-date = Podaj poprawną datę.
error-future = Data urodzenia nie może być w przyszłości.
error-too-young = Aby zarezerwować zajęcia próbne, musisz mieć co najmniej { $age } lat.
error-zip = Podaj poprawny kod pocztowy.
error-too-long = Ten tekst jest za długi.
error-address-incomplete = Uzupełnij adres.
error-privacy = Wyraź zgodę, aby klub mógł korzystać z Twoich danych.
form-has-errors = Popraw zaznaczone pola.
book-now = Zarezerwuj
join-waiting-list = Zapisz mnie na listę rezerwową
booking-in-progress = Rezerwowanie…

lead-invalid = Klub nie mógł przyjąć tych danych. Sprawdź je, zwłaszcza adres e-mail.
lead-duplicate = Masz już konto w tym klubie. Skontaktuj się z klubem, aby zarezerwować zajęcia próbne.
lead-unknown = Nie udało się teraz sprawdzić Twoich danych. Skontaktuj się z klubem.
slot-no-contingent = Wykorzystano już zajęcia próbne przewidziane w tej ofercie. Skontaktuj się z klubem.
slot-limit-reached = Ten termin jest w pełni zarezerwowany, łącznie z listą rezerwową. Wybierz inny termin.
slot-already-booked = Ten termin jest już przez Ciebie zarezerwowany.
slot-customer-idle = W tym czasie Twoje członkostwo jest zawieszone. Skontaktuj się z klubem.
slot-other-booking = Masz już inną rezerwację w tym czasie. Wybierz inny termin.
slot-display-only = Tych zajęć nie można zarezerwować online. Skontaktuj się z klubem.
slot-not-yet-open = Rezerwacja na ten termin nie jest jeszcze otwarta. Wybierz inny termin.
slot-closed = Rezerwacja na ten termin jest już zamknięta. Wybierz inny termin.
slot-studio-closed = Klub jest wtedy zamknięty. Wybierz inny termin.
slot-not-available = Tego terminu nie można zarezerwować. Wybierz inny termin.
slot-restrictions = To spotkanie ma wymagania, które nie zostały jeszcze spełnione. Skontaktuj się z klubem.
slot-past = Ten termin już się rozpoczął. Wybierz inny termin.
slot-period-changed = Ten termin w międzyczasie się zmienił. Wybierz go ponownie.
slot-no-resource = W tym czasie nie ma już wolnego trenera ani sali. Wybierz inny termin.
booking-canceled = Rezerwacja nie została ukończona. Wybierz inny termin lub skontaktuj się z klubem.
booking-unknown = Nie udało się potwierdzić, czy rezerwacja się powiodła. Zanim spróbujesz ponownie, skontaktuj się z klubem.
error-offline = Brak połączenia. Sprawdź połączenie z internetem i spróbuj ponownie.
error-timeout = System rezerwacji klubu nie odpowiada. Spróbuj ponownie.
error-busy = Teraz rezerwuje bardzo wiele osób. Spróbuj ponownie za minutę.
error-not-answering = System rezerwacji studia teraz nie odpowiada. Spróbuj ponownie za chwilę.
error-not-found = To nie jest już dostępne. Wybierz ponownie.
error-conflict = Ktoś inny właśnie zarezerwował ten termin. Wybierz inny termin.
error-invalid = Część Twoich danych nie została przyjęta. Sprawdź je.
error-unavailable = Rezerwacja online jest teraz niedostępna. Skontaktuj się z klubem.
error-already-booked = Masz już zarezerwowane zajęcia próbne. Jeśli chcesz je zmienić, skontaktuj się z klubem.
error-active-member = Jesteś już członkiem klubu, więc nie potrzebujesz zajęć próbnych. Witaj ponownie!
error-server = W systemie rezerwacji klubu wystąpił błąd. Spróbuj ponownie później.
action-fix-details = Sprawdź moje dane
action-choose-time = Wybierz inny termin

done-booked-title = Zarezerwowano!
done-booked-body = Do zobaczenia w klubie.
done-call-title = Studio ma Twoje dane
done-call-body = Studio zadzwoni do Ciebie, aby ustalić termin treningu próbnego.
done-confirm-title = Prawie gotowe: potwierdź rezerwację
done-confirm-body = Klub wyśle Ci e-mail z linkiem potwierdzającym. Potwierdź rezerwację najpóźniej { $term } przed rozpoczęciem, w przeciwnym razie zostanie automatycznie anulowana.
done-confirm-body-plain = Klub wyśle Ci e-mail z linkiem potwierdzającym. Potwierdź ją jak najszybciej, w przeciwnym razie rezerwacja może zostać anulowana.
done-waiting-title = Jesteś na liście rezerwowej
done-waiting-body = Zajęcia są teraz pełne. Jeśli zwolni się miejsce, klub da Ci znać.
summary-what = Co
summary-when = Kiedy
summary-with = Z kim
summary-where = Gdzie
add-to-calendar = Dodaj do kalendarza
add-to-google-calendar = Dodaj do Kalendarza Google
add-to-outlook = Dodaj do Outlook.com
book-another = Zarezerwuj kolejne zajęcia próbne
success-next = Za chwilę przejdziesz do następnej strony.
success-continue = Dalej
success-stay = Zostań na tej stronie
term-minutes = { $n ->
    [one] { $n } minutę
    [few] { $n } minuty
    [many] { $n } minut
   *[other] { $n } minuty
}
term-hours = { $n ->
    [one] { $n } godzinę
    [few] { $n } godziny
    [many] { $n } godzin
   *[other] { $n } godziny
}
term-days = { $n ->
    [one] { $n } dzień
    [few] { $n } dni
    [many] { $n } dni
   *[other] { $n } dnia
}
term-weeks = { $n ->
    [one] { $n } tydzień
    [few] { $n } tygodnie
    [many] { $n } tygodni
   *[other] { $n } tygodnia
}
term-months = { $n ->
    [one] { $n } miesiąc
    [few] { $n } miesiące
    [many] { $n } miesięcy
   *[other] { $n } miesiąca
}
term-years = { $n ->
    [one] { $n } rok
    [few] { $n } lata
    [many] { $n } lat
   *[other] { $n } roku
}

step-studio = Klub
studios-heading = Gdzie chcesz trenować?
studios-loading = Wczytywanie klubów…
studios-failed = Nie udało się wczytać klubów.
studios-no-match = Żaden klub nie pasuje do wyszukiwania.
studio-search = Szukaj po nazwie, kodzie pocztowym lub miejscowości
studio-opens-on = Otwarcie { $date }
studio-closed = Obecnie zamknięty
studio-not-online = Tu nie można zarezerwować zajęć próbnych online; skontaktuj się z klubem.
session-time-heading = Wybierz termin: { $studio }
week-earlier = Poprzedni tydzień
week-later = Następny tydzień
campaign-label = Skąd o nas wiesz?
campaign-none = Wybierz (opcjonalnie)
trainer-choice = Chcę, aby towarzyszył mi trener.
trainer-included = Będzie Ci towarzyszyć trener.
trainer-yes = Z trenerem
trainer-no = Samodzielnie
form-failed = Nie udało się wczytać formularza.
lead-heading = Oddzwonimy do Ciebie
lead-intro = Zostaw swoje dane, a klub skontaktuje się z Tobą, aby umówić zajęcia próbne.
lead-studio = Klub
lead-send = Wyślij
lead-sent-title = Dziękujemy!
lead-sent-body = Klub wkrótce się z Tobą skontaktuje.

confirm-checking = Potwierdzanie rezerwacji…
confirm-confirmed-title = Twoja rezerwacja jest potwierdzona
confirm-confirmed-body = Dziękujemy! Do zobaczenia w klubie.
confirm-expired-title = Ten link potwierdzający wygasł
confirm-expired-body = Rezerwacja nie została potwierdzona na czas i została anulowana. Możesz zarezerwować nowe zajęcia próbne.
confirm-failed = Nie udało się potwierdzić rezerwacji.
