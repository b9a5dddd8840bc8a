# Slovenščina.

config-standard = Poskusni trening
config-confirmation = Poskusni trening s potrditvijo
config-intro = Uvodni termin

class-yoga-title = Yoga Flow
class-yoga-category = Telo in um
class-yoga-description = Mirna, tekoča vadba za vse ravni: dihanje, ravnotežje in raztezanje. Podloge so na voljo.
class-hiit-title = HIIT Express
class-hiit-category = Kardio
class-hiit-description = Trideset minut intervalov za buden začetek dneva. Priljubljeno: rezerviraj pravočasno.
class-barbell-title = Osnove dela z drogom
class-barbell-category = Moč
class-barbell-description = V majhni skupini se varno nauči počepa, mrtvega dviga in potiska s prsi. Rezervacijo je treba na kratko potrditi po e-pošti.

room-course = Dvorana 1
room-course-description = Zgoraj, ob garderobah
room-free-weights = Območje prostih uteži

appointment-intro-title = Uvodni trening s trenerjem
appointment-intro-category = Osebni trening
appointment-intro-description = Ura s trenerjem: ogled centra, tvoji cilji in prvi načrt vadbe.
appointment-body-check-title = Analiza telesne sestave
appointment-body-check-category = Zdravje
appointment-body-check-description = Meritev telesne sestave in kratek pogovor o rezultatih.

session-name = Poskusni trening
session-name-coach = Poskusni trening s trenerjem
session-description = Trening z uvodom, brezplačen in brez obveznosti.
campaign-autumn = Jesenska akcija
campaign-corporate = Fitnes za podjetja
newsletter-name = E-novice
newsletter-description = Novice in nasveti iz tvojega centra
offers-name = Ponudbe
offers-description = Osebne ponudbe in akcije
