# Svenska.

config-standard = Provträning
config-confirmation = Provträning med bekräftelse
config-intro = Introduktionstid

class-yoga-title = Yoga Flow
class-yoga-category = Kropp och själ
class-yoga-description = Ett lugnt, flytande pass för alla nivåer: andning, balans och stretching. Mattor finns på plats.
class-hiit-title = HIIT Express
class-hiit-category = Kondition
class-hiit-description = Trettio minuter intervaller för en pigg start på dagen. Populärt: boka tidigt.
class-barbell-title = Skivstång grunder
class-barbell-category = Styrka
class-barbell-description = Lär dig knäböj, marklyft och bänkpress säkert i en liten grupp. Bokningen behöver en snabb bekräftelse via mejl.

room-course = Sal 1
room-course-description = En trappa upp, bredvid omklädningsrummen
room-free-weights = Frivikter

appointment-intro-title = Introduktion med en tränare
appointment-intro-category = Personlig träning
appointment-intro-description = En timme med en tränare: en rundtur på gymmet, dina mål och ett första träningsprogram.
appointment-body-check-title = Kroppsanalys
appointment-body-check-category = Hälsa
appointment-body-check-description = En mätning av kroppssammansättningen och ett kort samtal om resultaten.

session-name = Provträning
session-name-coach = Provträning med coach
session-description = Ett träningspass med introduktion, gratis och utan förpliktelser.
campaign-autumn = Höstkampanj
campaign-corporate = Företagsfriskvård
newsletter-name = Nyhetsbrev
newsletter-description = Nyheter och tips från ditt gym
offers-name = Erbjudanden
offers-description = Personliga erbjudanden och kampanjer
