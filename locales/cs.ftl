# Čeština. Stejné zprávy a proměnné jako en.ftl.

widget-heading = Rezervuj si zkušební trénink zdarma
steps-label = Kroky rezervace
step-offer = Nabídka
step-time = Termín
step-details = Tvoje údaje
step-done = Rezervováno
step-completed = hotovo
step-current = aktuální krok
popup-close = Zavřít
popup-launcher = Rezervovat trénink zdarma
empty-title = Momentálně není co rezervovat
empty-body = Teď nejsou k rezervaci žádné zkušební tréninky. Zkus to prosím později nebo kontaktuj studio.

config-error-title = Rezervační formulář nelze zobrazit
config-error-intro = Rezervační formulář na této stránce není správně nastavený. Kontaktuj prosím studio. Podrobnosti pro vývojáře webu:
config-unknown-backend = backend="{ $value }" není známý backend. Použij jeden z: { $choices }.
config-unknown-mode = mode="{ $value }" není známý režim. Použij jeden z: { $choices }.
config-missing-attribute = backend="{ $backend }" potřebuje atribut { $attribute }.
config-url-scheme = { $attribute }="{ $value }" musí začínat https:// (http:// jen pro localhost) nebo být cesta začínající /.
config-url-malformed = { $attribute }="{ $value }" není platná URL adresa.
config-url-query = { $attribute }="{ $value }" nesmí obsahovat ? ani #.
config-invalid-id = { $attribute }="{ $value }" musí být kladné celé číslo.
config-url-https-only = { $attribute }="{ $value }" musí začínat https:// nebo být cesta na tomto webu začínající /.
config-invalid-seconds = { $attribute }="{ $value }" musí být celý počet sekund od 0 do 3600.
config-not-for-backend = Atribut { $attribute } nemá s backend="{ $backend }" žádný účinek. Odstraň ho.
config-lead-needs-connect = mode="lead" vyžaduje backend="connect" nebo backend="demo".
config-empty-heading = Atribut heading je prázdný. Odstraň ho, aby se použil výchozí nadpis.
config-backend-not-built = Tato verze widgetu neumí komunikovat s backend="{ $backend }". Načti widget přes trial-booking.js, který vybere správnou verzi.
config-unknown-flow = flow="{ $value }" není známý postup rezervace. Použij jeden z: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" nefunguje s backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" musí být prázdný, "true" nebo "false".
config-unknown-value = { $attribute }="{ $value }" není známá hodnota. Použij jednu z: { $choices }.
config-floating-needs-popup = Atribut floating-button funguje jen s display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" musí být seznam pravidel jako "utm_source=newsletter:12 utm_campaign=spring:13" (parametr=hodnota:ID kampaně).
config-misspelled = Atribut { $attribute } je neznámý. Měl jsi na mysli { $suggestion }?

loading = Načítání…
try-again = Zkusit znovu
load-failed = Rezervace teď není k dispozici. Zkus to prosím za chvíli znovu.
demo-notice = Ukázkové studio: nic se tu doopravdy nerezervuje.
back = Zpět
change = Změnit
optional = nepovinné

offers-heading = Co si chceš vyzkoušet?
offers-loading = Načítám nabídky…
offers-failed = Nabídky se nepodařilo načíst.
offer-untitled = Zkušební trénink
offer-minutes = { $minutes } min
offer-class = Lekce
offer-appointment = Individuální termín

time-heading = Vyber si termín: { $offer }
times-loading = Načítám termíny…
times-failed = Termíny se nepodařilo načíst.
times-none-class = Pro tuto lekci nejsou v příštích dvou týdnech žádné termíny.
times-none-window = V těchto dnech nejsou volné termíny.
times-next-free = Nejbližší volný termín je { $when }.
times-show-next-free = Zobrazit { $day }
times-none-ahead = Ani v příštích týdnech nejsou volné termíny.
times-call-back = Žádný z těchto termínů mi nevyhovuje
time-zone-note = Časy jsou uvedeny v místním čase studia ({ $zone }).
window-earlier = Dřívější dny
window-later = Pozdější dny
window-range = { $from } – { $to }
day-strip-label = Dny
day-free-times = { $day }: { $n ->
    [one] { $n } volný termín
    [few] { $n } volné termíny
    [many] { $n } volného termínu
   *[other] { $n } volných termínů
}
day-no-free-times = { $day }: žádné volné termíny
day-no-times = { $day }: žádné termíny
slot-spots = { $n ->
    [one] Zbývá { $n } místo
    [few] Zbývají { $n } místa
    [many] Zbývá { $n } místa
   *[other] Zbývá { $n } míst
}
slot-available = Volno
slot-badge-waiting-list = Čekací listina
slot-badge-full = Obsazeno
slot-badge-opens = Rezervace od { $date }
slot-badge-closed = Rezervace uzavřena
slot-badge-past = Proběhlo
slot-with = s { $names }
offer-not-for-leads = Tuto nabídku si noví návštěvníci nemohou rezervovat online. Kontaktuj prosím studio a domluv si zkušební trénink.

details-heading = Tvoje údaje
your-choice = Tvůj výběr
booking-as = Rezervuješ jako { $name } ({ $email }).
field-firstname = Jméno
field-lastname = Příjmení
field-email = E-mailová adresa
field-gender = Pohlaví
gender-choose = Vyber prosím
gender-female = Žena
gender-male = Muž
gender-unisex = Jiné
field-dob = Datum narození
field-phone = Telefonní číslo
field-street = Ulice
field-house-number = Číslo domu
field-zip = PSČ
field-city = Město
privacy-consent = Souhlasím s tím, že studio zpracuje mé údaje za účelem domluvy zkušebního tréninku, jak je popsáno v { $link }.
privacy-link = zásadách ochrany osobních údajů
privacy-consent-plain = Souhlasím s tím, že studio zpracuje mé údaje za účelem domluvy zkušebního tréninku.
marketing-legend = Studio mi smí posílat nabídky a novinky prostřednictvím
marketing-email = E-mailu
marketing-text-message = SMS
marketing-phone = Telefonátu
marketing-letter = Dopisu
error-required = Vyplň prosím toto pole.
error-choose = Vyber prosím jednu možnost.
error-email = Zadej prosím platnou e-mailovou adresu, např. jmeno@example.com.
error-phone = Zadej prosím telefonní číslo s alespoň 6 číslicemi.
error-date = Zadej prosím platné datum.
error-future = Datum narození nemůže být v budoucnosti.
error-too-young = Pro rezervaci zkušebního tréninku ti musí být alespoň { $age } let.
error-zip = Zadej prosím platné PSČ.
error-too-long = Text je příliš dlouhý.
error-address-incomplete = Doplň prosím celou adresu.
error-privacy = Souhlas prosím potvrď, aby studio mohlo tvé údaje použít.
form-has-errors = Oprav prosím označená pole.
book-now = Rezervovat
join-waiting-list = Zapsat se na čekací listinu
booking-in-progress = Rezervuji…

lead-invalid = Studio tyto údaje nemohlo přijmout. Zkontroluj je prosím, hlavně e-mailovou adresu.
lead-duplicate = V tomto studiu už jsi registrovaný/á. Kontaktuj prosím studio a rezervuj si zkušební trénink tam.
lead-unknown = Tvé údaje teď nebylo možné ověřit. Kontaktuj prosím studio.
slot-no-contingent = Zkušební tréninky z této nabídky jsi už využil/a. Kontaktuj prosím studio.
slot-limit-reached = Tento termín je plně obsazený včetně čekací listiny. Vyber si prosím jiný termín.
slot-already-booked = Tento termín už máš rezervovaný.
slot-customer-idle = Tvé členství je v tu dobu pozastavené. Kontaktuj prosím studio.
slot-other-booking = V tu dobu už máš jinou rezervaci. Vyber si prosím jiný termín.
slot-display-only = Tuto lekci nelze rezervovat online. Kontaktuj prosím studio.
slot-not-yet-open = Rezervace na tento termín ještě nezačala. Vyber si prosím jiný termín.
slot-closed = Rezervace na tento termín už skončila. Vyber si prosím jiný termín.
slot-studio-closed = Studio je v tu dobu zavřené. Vyber si prosím jiný termín.
slot-not-available = Tento termín nelze rezervovat. Vyber si prosím jiný termín.
slot-restrictions = Pro tento termín zatím nejsou splněny všechny podmínky. Kontaktuj prosím studio.
slot-past = Tento termín už začal. Vyber si prosím jiný termín.
slot-period-changed = Tento termín se mezitím změnil. Vyber si ho prosím znovu.
slot-no-resource = V tu dobu už není volný žádný trenér ani sál. Vyber si prosím jiný termín.
booking-canceled = Rezervace nebyla dokončena. Vyber si prosím jiný termín nebo kontaktuj studio.
booking-unknown = Nepodařilo se ověřit, zda rezervace proběhla. Než zkusíš rezervovat znovu, kontaktuj prosím studio.
error-offline = Chybí připojení. Zkontroluj prosím připojení k internetu a zkus to znovu.
error-timeout = Rezervační systém studia neodpovídá. Zkus to prosím znovu.
error-busy = Právě teď rezervuje hodně lidí. Zkus to prosím znovu za minutu.
error-not-answering = Rezervační systém studia teď neodpovídá. Zkus to prosím za chvíli znovu.
error-not-found = Tato možnost už není k dispozici. Vyber si prosím znovu.
error-conflict = Tento termín si právě rezervoval někdo jiný. Vyber si prosím jiný termín.
error-invalid = Některé tvé údaje nebyly přijaty. Zkontroluj je prosím.
error-unavailable = Online rezervace teď není dostupná. Kontaktuj prosím studio.
error-already-booked = Zkušební trénink už máš rezervovaný. Pokud ho chceš změnit, kontaktuj prosím studio.
error-active-member = Už jsi členem, takže zkušební trénink nepotřebuješ. Vítej zpět!
error-server = V rezervačním systému studia se něco pokazilo. Zkus to prosím později.
action-fix-details = Zkontrolovat údaje
action-choose-time = Vybrat jiný termín

done-booked-title = Máš rezervováno!
done-booked-body = Uvidíme se ve studiu.
done-call-title = Studio má tvé údaje
done-call-body = Studio ti zavolá a domluví s tebou termín zkušebního tréninku.
done-confirm-title = Skoro hotovo: potvrď prosím rezervaci
done-confirm-body = Studio ti pošle e-mail s potvrzovacím odkazem. Potvrď prosím rezervaci nejpozději { $term } před začátkem, jinak bude automaticky zrušena.
done-confirm-body-plain = Studio ti pošle e-mail s potvrzovacím odkazem. Potvrď ji prosím co nejdříve, jinak může být rezervace zrušena.
done-waiting-title = Jsi na čekací listině
done-waiting-body = Lekce je teď plná. Jakmile se uvolní místo, studio ti dá vědět.
summary-what = Co
summary-when = Kdy
summary-with = S kým
summary-where = Kde
add-to-calendar = Přidat do kalendáře
add-to-google-calendar = Přidat do Google Kalendáře
add-to-outlook = Přidat do Outlook.com
book-another = Rezervovat další zkušební trénink
success-next = Za chvíli tě přesměrujeme na další stránku.
success-continue = Pokračovat
success-stay = Zůstat na této stránce
term-minutes = { $n ->
    [one] { $n } minutou
    [few] { $n } minutami
    [many] { $n } minuty
   *[other] { $n } minutami
}
term-hours = { $n ->
    [one] { $n } hodinou
    [few] { $n } hodinami
    [many] { $n } hodiny
   *[other] { $n } hodinami
}
term-days = { $n ->
    [one] { $n } dnem
    [few] { $n } dny
    [many] { $n } dne
   *[other] { $n } dny
}
term-weeks = { $n ->
    [one] { $n } týdnem
    [few] { $n } týdny
    [many] { $n } týdne
   *[other] { $n } týdny
}
term-months = { $n ->
    [one] { $n } měsícem
    [few] { $n } měsíci
    [many] { $n } měsíce
   *[other] { $n } měsíci
}
term-years = { $n ->
    [one] { $n } rokem
    [few] { $n } roky
    [many] { $n } roku
   *[other] { $n } lety
}

step-studio = Studio
studios-heading = Kde chceš trénovat?
studios-loading = Načítám studia…
studios-failed = Studia se nepodařilo načíst.
studios-no-match = Tvému hledání neodpovídá žádné studio.
studio-search = Hledej podle názvu, PSČ nebo města
studio-opens-on = Otevírá { $date }
studio-closed = Momentálně zavřeno
studio-not-online = Zde nelze rezervovat zkušební trénink online; kontaktuj prosím studio.
session-time-heading = Vyber si termín: { $studio }
week-earlier = Předchozí týden
week-later = Další týden
campaign-label = Jak ses o nás dozvěděl/a?
campaign-none = Vyber prosím (nepovinné)
trainer-choice = Chci, aby se mnou byl trenér.
trainer-included = Bude s tebou trenér.
trainer-yes = S trenérem
trainer-no = Sám/sama
form-failed = Formulář se nepodařilo načíst.
lead-heading = Zavoláme ti
lead-intro = Nech nám své údaje a studio se ti ozve, aby s tebou domluvilo zkušební trénink.
lead-studio = Studio
lead-send = Odeslat
lead-sent-title = Děkujeme!
lead-sent-body = Studio se ti brzy ozve.

confirm-checking = Potvrzuji rezervaci…
confirm-confirmed-title = Tvoje rezervace je potvrzená
confirm-confirmed-body = Děkujeme! Uvidíme se ve studiu.
confirm-expired-title = Platnost tohoto potvrzovacího odkazu vypršela
confirm-expired-body = Rezervace nebyla potvrzena včas a byla zrušena. Klidně si rezervuj nový zkušební trénink.
confirm-failed = Rezervaci se nepodařilo potvrdit.
