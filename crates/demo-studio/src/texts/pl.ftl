# Polski.

config-standard = Zajęcia próbne
config-confirmation = Zajęcia próbne z potwierdzeniem
config-intro = Spotkanie wprowadzające

class-yoga-title = Yoga Flow
class-yoga-category = Ciało i umysł
class-yoga-description = Spokojne, płynne zajęcia dla każdego poziomu: oddech, równowaga i rozciąganie. Maty zapewniamy.
class-hiit-title = HIIT Express
class-hiit-category = Cardio
class-hiit-description = Trzydzieści minut interwałów na rozbudzenie o poranku. Cieszą się dużą popularnością: zarezerwuj wcześniej.
class-barbell-title = Podstawy pracy ze sztangą
class-barbell-category = Siła
class-barbell-description = Naucz się bezpiecznie przysiadu, martwego ciągu i wyciskania na ławce w małej grupie. Rezerwację trzeba krótko potwierdzić e-mailem.

room-course = Sala 1
room-course-description = Na piętrze, obok szatni
room-free-weights = Strefa wolnych ciężarów

appointment-intro-title = Trening wprowadzający z trenerem
appointment-intro-category = Trening personalny
appointment-intro-description = Godzina z trenerem: zwiedzanie klubu, Twoje cele i pierwszy plan treningowy.
appointment-body-check-title = Analiza składu ciała
appointment-body-check-category = Zdrowie
appointment-body-check-description = Pomiar składu ciała i krótka rozmowa o wynikach.

session-name = Trening próbny
session-name-coach = Trening próbny z trenerem
session-description = Trening z wprowadzeniem, bezpłatny i niezobowiązujący.
campaign-autumn = Promocja jesienna
campaign-corporate = Fitness firmowy
newsletter-name = Newsletter
newsletter-description = Nowości i porady z Twojego klubu
offers-name = Oferty
offers-description = Spersonalizowane oferty i promocje
