# Deutsch.

config-standard = Probetraining
config-confirmation = Probetraining mit Bestätigung
config-intro = Einführungstermin

class-yoga-title = Yoga Flow
class-yoga-category = Mind & Body
class-yoga-description = Ein ruhiger, fließender Kurs für jedes Level: Atmung, Balance und Dehnung. Matten sind vorhanden.
class-hiit-title = HIIT Express
class-hiit-category = Ausdauer
class-hiit-description = Dreißig Minuten Intervalle, um wach in den Tag zu starten. Beliebt: früh buchen.
class-barbell-title = Langhantel-Basics
class-barbell-category = Kraft
class-barbell-description = Kniebeuge, Kreuzheben und Bankdrücken sicher lernen, in einer kleinen Gruppe. Deine Buchung braucht eine kurze Bestätigung per E-Mail.

room-course = Kursraum 1
room-course-description = Oben, neben den Umkleiden
room-free-weights = Freihantelbereich

appointment-intro-title = Einführung mit Trainer
appointment-intro-category = Personal Training
appointment-intro-description = Eine Stunde mit einem Trainer: Rundgang durchs Studio, deine Ziele und ein erster Trainingsplan.
appointment-body-check-title = Körperanalyse
appointment-body-check-category = Gesundheit
appointment-body-check-description = Eine Messung der Körperzusammensetzung und ein kurzes Gespräch über die Ergebnisse.

session-name = Probetraining
session-name-coach = Probetraining mit Coach
session-description = Ein Training mit Einweisung, kostenlos und unverbindlich.
campaign-autumn = Herbst-Aktion
campaign-corporate = Firmenfitness
newsletter-name = Newsletter
newsletter-description = Neuigkeiten und Tipps aus deinem Studio
offers-name = Angebote
offers-description = Persönliche Angebote und Aktionen
