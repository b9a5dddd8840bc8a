# Español.

config-standard = Clase de prueba
config-confirmation = Clase de prueba con confirmación
config-intro = Cita de introducción

class-yoga-title = Yoga Flow
class-yoga-category = Cuerpo y mente
class-yoga-description = Una clase tranquila y fluida para todos los niveles: respiración, equilibrio y estiramientos. Hay esterillas disponibles.
class-hiit-title = HIIT Express
class-hiit-category = Cardio
class-hiit-description = Treinta minutos de intervalos para empezar el día con energía. Muy solicitada: reserva pronto.
class-barbell-title = Barra: lo básico
class-barbell-category = Fuerza
class-barbell-description = Aprende sentadilla, peso muerto y press de banca con seguridad en un grupo reducido. Tu reserva necesita una breve confirmación por correo electrónico.

room-course = Sala 1
room-course-description = Arriba, junto a los vestuarios
room-free-weights = Zona de peso libre

appointment-intro-title = Sesión de introducción con un entrenador
appointment-intro-category = Entrenamiento personal
appointment-intro-description = Una hora con un entrenador: visita al centro, tus objetivos y un primer plan de entrenamiento.
appointment-body-check-title = Análisis corporal
appointment-body-check-category = Salud
appointment-body-check-description = Una medición de la composición corporal y una breve charla sobre los resultados.

session-name = Clase de prueba
session-name-coach = Clase de prueba con entrenador
session-description = Un entrenamiento con introducción, gratis y sin compromiso.
campaign-autumn = Promoción de otoño
campaign-corporate = Fitness para empresas
newsletter-name = Boletín
newsletter-description = Novedades y consejos de tu centro
offers-name = Ofertas
offers-description = Ofertas y promociones personalizadas
