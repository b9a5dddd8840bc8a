# Русский.

config-standard = Пробная тренировка
config-confirmation = Пробная тренировка с подтверждением
config-intro = Вводная встреча

class-yoga-title = Yoga Flow
class-yoga-category = Тело и разум
class-yoga-description = Спокойное плавное занятие для любого уровня: дыхание, баланс и растяжка. Коврики предоставляются.
class-hiit-title = HIIT Express
class-hiit-category = Кардио
class-hiit-description = Тридцать минут интервалов, чтобы бодро начать день. Популярно: записывайтесь заранее.
class-barbell-title = Основы работы со штангой
class-barbell-category = Силовые
class-barbell-description = Освойте безопасно присед, становую тягу и жим лёжа в небольшой группе. Запись нужно коротко подтвердить по электронной почте.

room-course = Зал 1
room-course-description = Наверху, рядом с раздевалками
room-free-weights = Зона свободных весов

appointment-intro-title = Вводная тренировка с тренером
appointment-intro-category = Персональная тренировка
appointment-intro-description = Час с тренером: знакомство с клубом, ваши цели и первый план тренировок.
appointment-body-check-title = Анализ состава тела
appointment-body-check-category = Здоровье
appointment-body-check-description = Измерение состава тела и короткая беседа о результатах.

session-name = Пробная тренировка
session-name-coach = Пробная тренировка с тренером
session-description = Тренировка с инструктажем, бесплатно и без обязательств.
campaign-autumn = Осенняя акция
campaign-corporate = Корпоративный фитнес
newsletter-name = Рассылка
newsletter-description = Новости и советы от вашего клуба
offers-name = Предложения
offers-description = Персональные предложения и акции
