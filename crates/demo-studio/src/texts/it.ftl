# Italiano.

config-standard = Lezione di prova
config-confirmation = Lezione di prova con conferma
config-intro = Appuntamento introduttivo

class-yoga-title = Yoga Flow
class-yoga-category = Corpo e mente
class-yoga-description = Una lezione calma e fluida per tutti i livelli: respirazione, equilibrio e allungamento. I tappetini sono a disposizione.
class-hiit-title = HIIT Express
class-hiit-category = Cardio
class-hiit-description = Trenta minuti di intervalli per iniziare la giornata ben svegli. Molto richiesta: prenota presto.
class-barbell-title = Bilanciere: le basi
class-barbell-category = Forza
class-barbell-description = Impara squat, stacco e panca piana in sicurezza in un piccolo gruppo. La prenotazione richiede una breve conferma via e-mail.

room-course = Sala corsi 1
room-course-description = Al piano di sopra, accanto agli spogliatoi
room-free-weights = Area pesi liberi

appointment-intro-title = Sessione introduttiva con un istruttore
appointment-intro-category = Personal training
appointment-intro-description = Un'ora con un istruttore: visita del centro, i tuoi obiettivi e un primo programma di allenamento.
appointment-body-check-title = Analisi corporea
appointment-body-check-category = Salute
appointment-body-check-description = Una misurazione della composizione corporea e un breve colloquio sui risultati.

session-name = Lezione di prova
session-name-coach = Lezione di prova con istruttore
session-description = Un allenamento con introduzione, gratuito e senza impegno.
campaign-autumn = Promozione d'autunno
campaign-corporate = Fitness aziendale
newsletter-name = Newsletter
newsletter-description = Novità e consigli dal tuo centro
offers-name = Offerte
offers-description = Offerte e promozioni personalizzate
