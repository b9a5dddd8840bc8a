# Français. Les mêmes messages et variables que en.ftl.

widget-heading = Réservez votre séance d'essai gratuite
steps-label = Étapes de la réservation
step-offer = Offre
step-time = Créneau
step-details = Vos coordonnées
step-done = Réservé
step-completed = terminé
step-current = étape en cours
popup-close = Fermer
popup-launcher = Réserver une séance d'essai
empty-title = Rien à réserver pour le moment
empty-body = Aucune séance d'essai n'est disponible à la réservation pour le moment. Réessayez plus tard ou contactez le club.

config-error-title = Ce formulaire de réservation ne peut pas être affiché
config-error-intro = Le formulaire de réservation de cette page n'est pas configuré correctement. Veuillez contacter le club. Détails pour le développeur du site :
config-unknown-backend = backend="{ $value }" n'est pas un backend connu. Utilisez l'un de ceux-ci : { $choices }.
config-unknown-mode = mode="{ $value }" n'est pas un mode connu. Utilisez l'un de ceux-ci : { $choices }.
config-missing-attribute = backend="{ $backend }" nécessite l'attribut { $attribute }.
config-url-scheme = { $attribute }="{ $value }" doit commencer par https:// (http:// uniquement pour localhost) ou être un chemin commençant par /.
config-url-malformed = { $attribute }="{ $value }" n'est pas une URL valide.
config-url-query = { $attribute }="{ $value }" ne doit contenir ni ? ni #.
config-invalid-id = { $attribute }="{ $value }" doit être un nombre entier positif.
config-url-https-only = { $attribute }="{ $value }" doit commencer par https:// ou être un chemin de ce site commençant par /.
config-invalid-seconds = { $attribute }="{ $value }" doit être un nombre entier de secondes entre 0 et 3600.
config-not-for-backend = L'attribut { $attribute } n'a aucun effet avec backend="{ $backend }". Supprimez-le.
config-lead-needs-connect = mode="lead" nécessite backend="connect" ou backend="demo".
config-empty-heading = L'attribut heading est vide. Supprimez-le pour utiliser le titre par défaut.
config-backend-not-built = Cette version du widget ne peut pas communiquer avec backend="{ $backend }". Chargez le widget avec trial-booking.js, qui choisit la bonne version.
config-unknown-flow = flow="{ $value }" n'est pas un parcours de réservation connu. Utilisez l'un de ceux-ci : { $choices }.
config-flow-not-for-backend = flow="{ $flow }" ne fonctionne pas avec backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" doit être vide, "true" ou "false".
config-unknown-value = { $attribute }="{ $value }" n'est pas une valeur connue. Utilisez l'une de celles-ci : { $choices }.
config-floating-needs-popup = L'attribut floating-button ne fonctionne qu'avec display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" doit être une liste de règles comme "utm_source=newsletter:12 utm_campaign=spring:13" (paramètre=valeur:ID de campagne).
config-misspelled = L'attribut { $attribute } est inconnu. Vouliez-vous dire { $suggestion } ?

loading = Chargement…
try-again = Réessayer
load-failed = La réservation n’est pas disponible pour le moment. Veuillez réessayer dans un instant.
demo-notice = Démonstration : rien n’est réservé pour de vrai dans ce studio.
back = Retour
change = Modifier
optional = facultatif

offers-heading = Qu'aimeriez-vous essayer ?
offers-loading = Chargement des offres…
offers-failed = Les offres n'ont pas pu être chargées.
offer-untitled = Séance d'essai
offer-minutes = { $minutes } min
offer-class = Cours collectif
offer-appointment = Rendez-vous

time-heading = Choisissez un créneau : { $offer }
times-loading = Chargement des créneaux…
times-failed = Les créneaux n'ont pas pu être chargés.
times-none-class = Il n'y a aucun créneau pour ce cours dans les deux prochaines semaines.
times-none-window = Aucun créneau libre ces jours-là.
times-next-free = Le prochain créneau libre est { $when }.
times-show-next-free = Voir { $day }
times-none-ahead = Il n'y a pas non plus de créneau libre dans les semaines à venir.
times-call-back = Aucun de ces horaires ne me convient
time-zone-note = Les horaires sont à l'heure locale du club ({ $zone }).
window-earlier = Jours précédents
window-later = Jours suivants
window-range = { $from } – { $to }
day-strip-label = Jours
day-free-times = { $day }: { $n ->
    [one] { $n } créneau libre
   *[other] { $n } créneaux libres
}
day-no-free-times = { $day }: aucun créneau libre
day-no-times = { $day }: aucun créneau
slot-spots = { $n ->
    [one] { $n } place restante
   *[other] { $n } places restantes
}
slot-available = Disponible
slot-badge-waiting-list = Liste d'attente
slot-badge-full = Complet
slot-badge-opens = Réservation à partir du { $date }
slot-badge-closed = Réservation fermée
slot-badge-past = Terminé
slot-with = avec { $names }
offer-not-for-leads = Cette offre ne peut pas être réservée en ligne par de nouveaux visiteurs. Contactez le club pour convenir de votre séance d'essai.

details-heading = Vos coordonnées
your-choice = Votre choix
booking-as = Vous réservez en tant que { $name } ({ $email }).
field-firstname = Prénom
field-lastname = Nom
field-email = Adresse e-mail
field-gender = Genre
gender-choose = Veuillez choisir
gender-female = Femme
gender-male = Homme
gender-unisex = Autre
field-dob = Date de naissance
field-phone = Numéro de téléphone
field-street = Rue
field-house-number = Numéro
field-zip = Code postal
field-city = Ville
privacy-consent = J'accepte que le club traite mes données pour organiser ma séance d'essai, comme décrit dans la { $link }.
privacy-link = politique de confidentialité
privacy-consent-plain = J'accepte que le club traite mes données pour organiser ma séance d'essai.
marketing-legend = Le club peut m'envoyer des offres et des actualités par
marketing-email = E-mail
marketing-text-message = SMS
marketing-phone = Téléphone
marketing-letter = Courrier
error-required = Veuillez remplir ce champ.
error-choose = Veuillez faire un choix.
error-email = Veuillez saisir une adresse e-mail valide, par exemple nom@exemple.fr.
error-phone = Veuillez saisir un numéro de téléphone d'au moins 6 chiffres.
error-date = Veuillez saisir une date valide.
error-future = La date de naissance ne peut pas être dans le futur.
error-too-young = Vous devez avoir au moins { $age } ans pour réserver une séance d'essai.
error-zip = Veuillez saisir un code postal valide.
error-too-long = Ce texte est trop long.
error-address-incomplete = Veuillez compléter l'adresse.
error-privacy = Veuillez donner votre accord pour que le club puisse utiliser vos données.
form-has-errors = Veuillez corriger les champs signalés.
book-now = Réserver
join-waiting-list = M'inscrire sur la liste d'attente
booking-in-progress = Réservation en cours…

lead-invalid = Le club n'a pas pu accepter ces coordonnées. Vérifiez-les, en particulier l'adresse e-mail.
lead-duplicate = Vous êtes déjà inscrit dans ce club. Contactez le club pour réserver votre séance d'essai.
lead-unknown = Vos coordonnées n'ont pas pu être vérifiées pour le moment. Veuillez contacter le club.
slot-no-contingent = Vous avez déjà utilisé les séances d'essai prévues par cette offre. Veuillez contacter le club.
slot-limit-reached = Ce créneau est complet, liste d'attente comprise. Veuillez choisir un autre créneau.
slot-already-booked = Vous avez déjà réservé ce créneau.
slot-customer-idle = Votre abonnement est suspendu à cette date. Veuillez contacter le club.
slot-other-booking = Vous avez déjà une autre réservation à cette heure-là. Veuillez choisir un autre créneau.
slot-display-only = Ce cours ne peut pas être réservé en ligne. Veuillez contacter le club.
slot-not-yet-open = Les réservations pour ce créneau ne sont pas encore ouvertes. Veuillez choisir un autre créneau.
slot-closed = Les réservations pour ce créneau sont closes. Veuillez choisir un autre créneau.
slot-studio-closed = Le club est fermé à cette heure-là. Veuillez choisir un autre créneau.
slot-not-available = Ce créneau ne peut pas être réservé. Veuillez choisir un autre créneau.
slot-restrictions = Ce rendez-vous a des conditions qui ne sont pas encore remplies. Veuillez contacter le club.
slot-past = Ce créneau a déjà commencé. Veuillez choisir un autre créneau.
slot-period-changed = Ce créneau a changé entre-temps. Veuillez le choisir à nouveau.
slot-no-resource = Plus aucun coach ni aucune salle n'est disponible à cette heure-là. Veuillez choisir un autre créneau.
booking-canceled = La réservation n'a pas abouti. Veuillez choisir un autre créneau ou contacter le club.
booking-unknown = Nous n'avons pas pu vérifier si la réservation a abouti. Veuillez contacter le club avant de réserver à nouveau.
error-offline = Pas de connexion. Vérifiez votre connexion internet et réessayez.
error-timeout = Le système de réservation du club ne répond pas. Veuillez réessayer.
error-busy = Beaucoup de personnes réservent en ce moment. Veuillez réessayer dans une minute.
error-not-answering = Le système de réservation du studio ne répond pas pour le moment. Veuillez réessayer dans un instant.
error-not-found = Cet élément n'est plus disponible. Veuillez choisir à nouveau.
error-conflict = Quelqu'un d'autre vient de réserver ce créneau. Veuillez choisir un autre créneau.
error-invalid = Certaines de vos coordonnées n'ont pas été acceptées. Veuillez les vérifier.
error-unavailable = La réservation en ligne n'est pas disponible pour le moment. Veuillez contacter le club.
error-already-booked = Vous avez déjà réservé une séance d'essai. Contactez le club si vous souhaitez la modifier.
error-active-member = Vous êtes déjà membre, vous n'avez donc pas besoin de séance d'essai. Bon retour parmi nous !
error-server = Une erreur s'est produite dans le système de réservation du club. Veuillez réessayer plus tard.
action-fix-details = Vérifier mes coordonnées
action-choose-time = Choisir un autre créneau

done-booked-title = C'est réservé !
done-booked-body = À bientôt au club.
done-call-title = Le studio a vos coordonnées
done-call-body = Le studio vous appellera pour convenir d’un horaire pour votre séance d’essai.
done-confirm-title = Presque fini : veuillez confirmer votre réservation
done-confirm-body = Le club va vous envoyer un e-mail avec un lien de confirmation. Veuillez confirmer au plus tard { $term } avant le début, sinon la réservation sera annulée automatiquement.
done-confirm-body-plain = Le club va vous envoyer un e-mail avec un lien de confirmation. Veuillez confirmer rapidement, sinon la réservation pourra être annulée.
done-waiting-title = Vous êtes sur la liste d'attente
done-waiting-body = Le cours est complet pour le moment. Si une place se libère, le club vous préviendra.
summary-what = Quoi
summary-when = Quand
summary-with = Avec
summary-where = Où
add-to-calendar = Ajouter au calendrier
add-to-google-calendar = Ajouter à Google Agenda
add-to-outlook = Ajouter à Outlook.com
book-another = Réserver une autre séance d'essai
success-next = La page suivante va s'ouvrir dans un instant.
success-continue = Continuer
success-stay = Rester sur cette page
term-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
term-hours = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
}
term-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
term-weeks = { $n ->
    [one] { $n } semaine
   *[other] { $n } semaines
}
term-months = { $n } mois
term-years = { $n ->
    [one] { $n } an
   *[other] { $n } ans
}

step-studio = Club
studios-heading = Où souhaitez-vous vous entraîner ?
studios-loading = Chargement des clubs…
studios-failed = Les clubs n'ont pas pu être chargés.
studios-no-match = Aucun club ne correspond à votre recherche.
studio-search = Rechercher par nom, code postal ou ville
studio-opens-on = Ouverture le { $date }
studio-closed = Fermé pour le moment
studio-not-online = Pas de séance d'essai en ligne ici ; veuillez contacter le club.
session-time-heading = Choisissez un créneau : { $studio }
week-earlier = Semaine précédente
week-later = Semaine suivante
campaign-label = Comment nous avez-vous connus ?
campaign-none = Veuillez choisir (facultatif)
trainer-choice = Je souhaite être accompagné par un coach.
trainer-included = Un coach vous accompagnera.
trainer-yes = Avec un coach
trainer-no = Seul
form-failed = Le formulaire n'a pas pu être chargé.
lead-heading = Nous vous rappelons
lead-intro = Laissez vos coordonnées et le club vous contactera pour convenir de votre séance d'essai.
lead-studio = Club
lead-send = Envoyer
lead-sent-title = Merci !
lead-sent-body = Le club vous contactera bientôt.

confirm-checking = Confirmation de votre réservation…
confirm-confirmed-title = Votre réservation est confirmée
confirm-confirmed-body = Merci ! À bientôt au club.
confirm-expired-title = Ce lien de confirmation a expiré
confirm-expired-body = La réservation n'a pas été confirmée à temps et a été annulée. Vous pouvez bien sûr réserver une nouvelle séance d'essai.
confirm-failed = La réservation n'a pas pu être confirmée.
