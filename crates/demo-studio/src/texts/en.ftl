# The demo studio's own texts (offer titles, descriptions, rooms, campaigns…),
# in the language of the request's Accept-Language. English is the reference:
# every other file has exactly these messages. Checked when trial-api is built
# (crates/locales-pack), like the widget's locales/.

## Trial-offer configurations

config-standard = Trial session
config-confirmation = Trial session with confirmation
config-intro = Introductory appointment

## Classes

class-yoga-title = Yoga Flow
class-yoga-category = Mind & Body
class-yoga-description = A calm, flowing class for every level: breathing, balance and stretching. Mats are provided.
class-hiit-title = HIIT Express
class-hiit-category = Cardio
class-hiit-description = Thirty minutes of intervals to start the day awake. Popular: book early.
class-barbell-title = Barbell Basics
class-barbell-category = Strength
class-barbell-description = Learn squat, deadlift and bench press safely in a small group. Your booking needs a quick confirmation by e-mail.

## Rooms

room-course = Group room 1
room-course-description = Upstairs, next to the lockers
room-free-weights = Free-weights area

## Appointments

appointment-intro-title = Intro session with a trainer
appointment-intro-category = Personal training
appointment-intro-description = One hour with a trainer: a tour of the studio, your goals and a first training plan.
appointment-body-check-title = Body check
appointment-body-check-category = Health
appointment-body-check-description = A body-composition measurement and a short talk about the results.

## Connect: trial sessions, campaigns, messages

session-name = Trial session
session-name-coach = Trial session with a coach
session-description = A workout with an introduction, free and without obligation.
campaign-autumn = Autumn special
campaign-corporate = Corporate fitness
newsletter-name = Newsletter
newsletter-description = News and tips from your studio
offers-name = Offers
offers-description = Personal offers and promotions
