# Čeština.

config-standard = Zkušební trénink
config-confirmation = Zkušební trénink s potvrzením
config-intro = Úvodní schůzka

class-yoga-title = Yoga Flow
class-yoga-category = Tělo a mysl
class-yoga-description = Klidná, plynulá lekce pro všechny úrovně: dech, rovnováha a protažení. Podložky jsou k dispozici.
class-hiit-title = HIIT Express
class-hiit-category = Kardio
class-hiit-description = Třicet minut intervalů pro svěží start do dne. Oblíbené: rezervuj si včas.
class-barbell-title = Základy s velkou činkou
class-barbell-category = Síla
class-barbell-description = Nauč se bezpečně dřep, mrtvý tah a bench press v malé skupině. Rezervaci je potřeba krátce potvrdit e-mailem.

room-course = Sál 1
room-course-description = Nahoře, vedle šaten
room-free-weights = Zóna volných vah

appointment-intro-title = Úvodní trénink s trenérem
appointment-intro-category = Osobní trénink
appointment-intro-description = Hodina s trenérem: prohlídka studia, tvoje cíle a první tréninkový plán.
appointment-body-check-title = Analýza těla
appointment-body-check-category = Zdraví
appointment-body-check-description = Měření složení těla a krátký rozhovor o výsledcích.

session-name = Zkušební trénink
session-name-coach = Zkušební trénink s trenérem
session-description = Trénink s úvodní instruktáží, zdarma a nezávazně.
campaign-autumn = Podzimní akce
campaign-corporate = Firemní fitness
newsletter-name = Newsletter
newsletter-description = Novinky a tipy z tvého studia
offers-name = Nabídky
offers-description = Osobní nabídky a akce
