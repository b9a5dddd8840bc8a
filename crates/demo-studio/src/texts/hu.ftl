# Magyar.

config-standard = Próbaedzés
config-confirmation = Próbaedzés visszaigazolással
config-intro = Bevezető időpont

class-yoga-title = Yoga Flow
class-yoga-category = Test és lélek
class-yoga-description = Nyugodt, áramló óra minden szinten: légzés, egyensúly és nyújtás. Szőnyeget biztosítunk.
class-hiit-title = HIIT Express
class-hiit-category = Kardió
class-hiit-description = Harminc perc intervallumedzés az éber napkezdéshez. Népszerű: foglalj időben.
class-barbell-title = Rúdgyakorlatok alapjai
class-barbell-category = Erő
class-barbell-description = Tanuld meg biztonságosan a guggolást, a felhúzást és a fekvenyomást kis csoportban. A foglalást röviden vissza kell igazolni e-mailben.

room-course = 1-es terem
room-course-description = Az emeleten, az öltözők mellett
room-free-weights = Szabadsúlyos terület

appointment-intro-title = Bevezető edzés edzővel
appointment-intro-category = Személyi edzés
appointment-intro-description = Egy óra edzővel: körbevezetés a stúdióban, a céljaid és egy első edzésterv.
appointment-body-check-title = Testösszetétel-mérés
appointment-body-check-category = Egészség
appointment-body-check-description = A testösszetétel mérése és egy rövid beszélgetés az eredményekről.

session-name = Próbaedzés
session-name-coach = Próbaedzés edzővel
session-description = Edzés bevezetővel, ingyen és kötelezettség nélkül.
campaign-autumn = Őszi akció
campaign-corporate = Céges fitnesz
newsletter-name = Hírlevél
newsletter-description = Hírek és tippek a stúdiódtól
offers-name = Ajánlatok
offers-description = Személyre szabott ajánlatok és akciók
