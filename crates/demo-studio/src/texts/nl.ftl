# Nederlands.

config-standard = Proefles
config-confirmation = Proefles met bevestiging
config-intro = Kennismakingsafspraak

class-yoga-title = Yoga Flow
class-yoga-category = Body & Mind
class-yoga-description = Een rustige, vloeiende les voor elk niveau: ademhaling, balans en stretching. Matten zijn aanwezig.
class-hiit-title = HIIT Express
class-hiit-category = Cardio
class-hiit-description = Dertig minuten intervaltraining om wakker de dag te beginnen. Populair: boek op tijd.
class-barbell-title = Barbell basis
class-barbell-category = Kracht
class-barbell-description = Leer squat, deadlift en bankdrukken veilig in een kleine groep. Je boeking moet kort per e-mail worden bevestigd.

room-course = Groepsleszaal 1
room-course-description = Boven, naast de kleedkamers
room-free-weights = Vrije-gewichtenzone

appointment-intro-title = Introductie met een trainer
appointment-intro-category = Personal training
appointment-intro-description = Een uur met een trainer: een rondleiding door de club, je doelen en een eerste trainingsschema.
appointment-body-check-title = Lichaamsanalyse
appointment-body-check-category = Gezondheid
appointment-body-check-description = Een meting van je lichaamssamenstelling en een kort gesprek over de resultaten.

session-name = Proeftraining
session-name-coach = Proeftraining met coach
session-description = Een training met introductie, gratis en vrijblijvend.
campaign-autumn = Herfstactie
campaign-corporate = Bedrijfsfitness
newsletter-name = Nieuwsbrief
newsletter-description = Nieuws en tips van je club
offers-name = Aanbiedingen
offers-description = Persoonlijke aanbiedingen en acties
