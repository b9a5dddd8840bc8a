# Română.

config-standard = Antrenament de probă
config-confirmation = Antrenament de probă cu confirmare
config-intro = Programare de introducere

class-yoga-title = Yoga Flow
class-yoga-category = Corp și minte
class-yoga-description = O clasă calmă și fluidă pentru toate nivelurile: respirație, echilibru și stretching. Saltelele sunt asigurate.
class-hiit-title = HIIT Express
class-hiit-category = Cardio
class-hiit-description = Treizeci de minute de intervale pentru un început de zi plin de energie. Foarte căutată: rezervă din timp.
class-barbell-title = Bazele lucrului cu haltera
class-barbell-category = Forță
class-barbell-description = Învață în siguranță genuflexiunile, îndreptările și împinsul la piept, într-o grupă mică. Rezervarea are nevoie de o scurtă confirmare prin e-mail.

room-course = Sala 1
room-course-description = La etaj, lângă vestiare
room-free-weights = Zona de greutăți libere

appointment-intro-title = Sesiune de introducere cu un antrenor
appointment-intro-category = Antrenament personal
appointment-intro-description = O oră cu un antrenor: un tur al clubului, obiectivele tale și un prim plan de antrenament.
appointment-body-check-title = Analiză corporală
appointment-body-check-category = Sănătate
appointment-body-check-description = O măsurare a compoziției corporale și o scurtă discuție despre rezultate.

session-name = Antrenament de probă
session-name-coach = Antrenament de probă cu antrenor
session-description = Un antrenament cu instruire, gratuit și fără obligații.
campaign-autumn = Campania de toamnă
campaign-corporate = Fitness pentru companii
newsletter-name = Newsletter
newsletter-description = Noutăți și sfaturi de la clubul tău
offers-name = Oferte
offers-description = Oferte și promoții personalizate
