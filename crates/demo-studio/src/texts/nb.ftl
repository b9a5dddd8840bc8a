# Norsk bokmål.

config-standard = Prøvetime
config-confirmation = Prøvetime med bekreftelse
config-intro = Introduksjonstime

class-yoga-title = Yoga Flow
class-yoga-category = Kropp og sinn
class-yoga-description = En rolig, flytende time for alle nivåer: pust, balanse og tøying. Matter er tilgjengelig.
class-hiit-title = HIIT Express
class-hiit-category = Kondisjon
class-hiit-description = Tretti minutter intervaller for en våken start på dagen. Populær: bestill tidlig.
class-barbell-title = Grunnleggende vektstang
class-barbell-category = Styrke
class-barbell-description = Lær knebøy, markløft og benkpress trygt i en liten gruppe. Bestillingen må bekreftes raskt på e-post.

room-course = Sal 1
room-course-description = I andre etasje, ved garderobene
room-free-weights = Frivektsområdet

appointment-intro-title = Introduksjonstime med trener
appointment-intro-category = Personlig trening
appointment-intro-description = En time med en trener: omvisning på senteret, målene dine og et første treningsprogram.
appointment-body-check-title = Kroppsanalyse
appointment-body-check-category = Helse
appointment-body-check-description = En måling av kroppssammensetningen og en kort samtale om resultatene.

session-name = Prøvetime
session-name-coach = Prøvetime med trener
session-description = En treningsøkt med innføring, gratis og uforpliktende.
campaign-autumn = Høstkampanje
campaign-corporate = Bedriftstrening
newsletter-name = Nyhetsbrev
newsletter-description = Nyheter og tips fra senteret ditt
offers-name = Tilbud
offers-description = Personlige tilbud og kampanjer
