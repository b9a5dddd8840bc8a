# Français.

config-standard = Séance d'essai
config-confirmation = Séance d'essai avec confirmation
config-intro = Rendez-vous de découverte

class-yoga-title = Yoga Flow
class-yoga-category = Corps et esprit
class-yoga-description = Un cours calme et fluide pour tous les niveaux : respiration, équilibre et étirements. Les tapis sont fournis.
class-hiit-title = HIIT Express
class-hiit-category = Cardio
class-hiit-description = Trente minutes de fractionné pour bien commencer la journée. Très demandé : réservez tôt.
class-barbell-title = Les bases de la barre
class-barbell-category = Musculation
class-barbell-description = Apprenez le squat, le soulevé de terre et le développé couché en toute sécurité, en petit groupe. Votre réservation doit être confirmée rapidement par e-mail.

room-course = Salle 1
room-course-description = À l'étage, à côté des vestiaires
room-free-weights = Espace poids libres

appointment-intro-title = Séance découverte avec un coach
appointment-intro-category = Coaching personnel
appointment-intro-description = Une heure avec un coach : visite du club, vos objectifs et un premier programme d'entraînement.
appointment-body-check-title = Bilan corporel
appointment-body-check-category = Santé
appointment-body-check-description = Une mesure de la composition corporelle et un court échange sur les résultats.

session-name = Séance d'essai
session-name-coach = Séance d'essai avec un coach
session-description = Un entraînement avec une prise en main, gratuit et sans engagement.
campaign-autumn = Offre d'automne
campaign-corporate = Sport en entreprise
newsletter-name = Newsletter
newsletter-description = Actualités et conseils de votre club
offers-name = Offres
offers-description = Offres et promotions personnalisées
