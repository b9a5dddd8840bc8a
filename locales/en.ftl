# English: the reference language. Every other file has exactly these messages,
# with the same variables ($name). A number chooses its plural form with
# { $n -> [one] … *[other] … }, using every CLDR category the language has.
# Checked when the widget is built (crates/locales-pack).

widget-heading = Book your free trial session
steps-label = Booking steps
step-offer = Offer
step-time = Time
step-details = Your details
step-done = Booked
step-completed = completed
step-current = current step
popup-close = Close
popup-launcher = Book a free trial
empty-title = Nothing to book right now
empty-body = There are no trial sessions open for booking at the moment. Please check again later or contact the studio.

## Configuration mistakes: shown to the website's developer, with the attribute names as written

config-error-title = This booking form cannot be shown
config-error-intro = The booking form on this page is not set up correctly. Please contact the studio. Details for the website's developer:
config-unknown-backend = backend="{ $value }" is not a known backend. Use one of: { $choices }.
config-unknown-mode = mode="{ $value }" is not a known mode. Use one of: { $choices }.
config-missing-attribute = backend="{ $backend }" needs the attribute { $attribute }.
config-url-scheme = { $attribute }="{ $value }" must start with https:// (http:// only for localhost) or be a path starting with /.
config-url-malformed = { $attribute }="{ $value }" is not a well-formed URL.
config-url-query = { $attribute }="{ $value }" must not contain ? or #.
config-invalid-id = { $attribute }="{ $value }" must be a positive whole number.
config-url-https-only = { $attribute }="{ $value }" must start with https:// or be a path on this site starting with /.
config-invalid-seconds = { $attribute }="{ $value }" must be a whole number of seconds from 0 to 3600.
config-not-for-backend = The attribute { $attribute } has no effect with backend="{ $backend }". Remove it.
config-lead-needs-connect = mode="lead" needs backend="connect" or backend="demo".
config-empty-heading = The attribute heading is empty. Remove it to use the default heading.
config-backend-not-built = This build of the widget cannot talk to backend="{ $backend }". Load the widget with trial-booking.js, which picks the right build.
config-unknown-flow = flow="{ $value }" is not a known booking flow. Use one of: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" does not work with backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" must be empty, "true" or "false".
config-unknown-value = { $attribute }="{ $value }" is not known. Use one of: { $choices }.
config-floating-needs-popup = The attribute floating-button only works with display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" must be a list of rules like "utm_source=newsletter:12 utm_campaign=spring:13" (parameter=value:campaign id).
config-misspelled = The attribute { $attribute } is unknown. Did you mean { $suggestion }?

## Shared

loading = Loading…
try-again = Try again
# Shown by the loader when the widget's own files cannot be loaded or started.
load-failed = Booking is unavailable right now. Please try again in a moment.
demo-notice = Demo studio: nothing here is booked for real.
back = Back
change = Change
optional = optional

## Step 1: offer

offers-heading = What would you like to try?
offers-loading = Loading the offers…
offers-failed = The offers could not be loaded.
offer-untitled = Trial session
offer-minutes = { $minutes } min
offer-class = Class
offer-appointment = Appointment

## Step 2: time

time-heading = Choose a time: { $offer }
times-loading = Loading the times…
times-failed = The times could not be loaded.
times-none-class = There are no times for this class in the next two weeks.
times-none-window = No free times on these days.
times-next-free = The next free time is { $when }.
times-show-next-free = Show { $day }
times-none-ahead = There are no free times in the coming weeks either.
times-call-back = None of these times suits me
time-zone-note = Times are the studio's local time ({ $zone }).
window-earlier = Earlier days
window-later = Later days
window-range = { $from } – { $to }
day-strip-label = Days
day-free-times = { $day }: { $n ->
    [one] { $n } free time
   *[other] { $n } free times
}
day-no-free-times = { $day }: no free times
day-no-times = { $day }: no times
slot-spots = { $n ->
    [one] 1 place left
   *[other] { $n } places left
}
slot-available = Free
slot-badge-waiting-list = Waiting list
slot-badge-full = Fully booked
slot-badge-opens = Booking opens { $date }
slot-badge-closed = Booking closed
slot-badge-past = Over
slot-with = with { $names }
offer-not-for-leads = This offer cannot be booked online by new visitors. Please contact the studio to arrange your trial session.

## Step 3: details

details-heading = Your details
your-choice = Your choice
booking-as = You are booking as { $name } ({ $email }).
field-firstname = First name
field-lastname = Last name
field-email = E-mail address
field-gender = Gender
gender-choose = Please choose
gender-female = Female
gender-male = Male
gender-unisex = Diverse
field-dob = Date of birth
field-phone = Phone number
field-street = Street
field-house-number = House number
field-zip = Postcode
field-city = City
# { $link } is where the link "privacy-link" goes.
privacy-consent = I agree that the studio processes my details to arrange my trial session, as described in the { $link }.
privacy-link = privacy policy
privacy-consent-plain = I agree that the studio processes my details to arrange my trial session.
marketing-legend = The studio may send me offers and news by
marketing-email = E-mail
marketing-text-message = Text message
marketing-phone = Phone call
marketing-letter = Letter
error-required = Please fill in this field.
error-choose = Please choose one.
error-email = Please enter a valid e-mail address, like name@example.com.
error-phone = Please enter a phone number with at least 6 digits.
error-date = Please enter a valid date.
error-future = The date of birth cannot be in the future.
error-too-young = You must be at least { $age } years old to book a trial session.
error-zip = Please enter a valid postcode.
error-too-long = This is too long.
error-address-incomplete = Please complete the address.
error-privacy = Please agree so that the studio may use your details.
form-has-errors = Please correct the marked fields.
book-now = Book now
join-waiting-list = Join the waiting list
booking-in-progress = Booking…

## What happened

lead-invalid = The studio could not accept these details. Please check them, especially the e-mail address.
lead-duplicate = You are already registered with this studio. Please contact the studio to book your trial session.
lead-unknown = Your details could not be checked right now. Please contact the studio.
slot-no-contingent = You have already used the trial sessions this offer allows. Please contact the studio.
slot-limit-reached = This time is fully booked, waiting list included. Please choose another time.
slot-already-booked = You have already booked this time.
slot-customer-idle = Your membership is paused at that time. Please contact the studio.
slot-other-booking = You already have another booking at that time. Please choose another time.
slot-display-only = This class cannot be booked online. Please contact the studio.
slot-not-yet-open = Booking for this time is not open yet. Please choose another time.
slot-closed = Booking for this time has closed. Please choose another time.
slot-studio-closed = The studio is closed at that time. Please choose another time.
slot-not-available = This time cannot be booked. Please choose another time.
slot-restrictions = This appointment has requirements that are not met yet. Please contact the studio.
slot-past = This time has already begun. Please choose another time.
slot-period-changed = This time has changed in the meantime. Please choose it again.
slot-no-resource = No trainer or room is free at that time any more. Please choose another time.
booking-canceled = The booking was not completed. Please choose another time or contact the studio.
booking-unknown = We could not confirm whether the booking worked. Please contact the studio before booking again.
error-offline = There is no connection. Please check your internet connection and try again.
error-timeout = The studio's booking system is not answering. Please try again.
error-busy = Many people are booking right now. Please try again in a minute.
error-not-answering = The studio's booking system is not answering right now. Please try again in a moment.
error-not-found = This is no longer available. Please choose again.
error-conflict = Someone else has just booked this time. Please choose another time.
error-invalid = Some of your details were not accepted. Please check them.
error-unavailable = Online booking is not available right now. Please contact the studio.
error-already-booked = You have already booked a trial session. Please contact the studio if you want to change it.
error-active-member = You are already a member, so you don't need a trial session. Welcome back!
error-server = Something went wrong in the studio's booking system. Please try again later.
action-fix-details = Check my details
action-choose-time = Choose another time

## Step 4: done

done-booked-title = You're booked!
done-booked-body = See you at the studio.
done-call-title = The studio has your details
done-call-body = The studio will call you to agree a time for your trial session.
done-confirm-title = Almost done: please confirm your booking
done-confirm-body = The studio will send you an e-mail with a confirmation link. Please confirm at the latest { $term } before the start, otherwise the booking is cancelled automatically.
done-confirm-body-plain = The studio will send you an e-mail with a confirmation link. Please confirm soon, otherwise the booking may be cancelled.
done-waiting-title = You're on the waiting list
done-waiting-body = The class is full right now. If a place becomes free, the studio will let you know.
summary-what = What
summary-when = When
summary-with = With
summary-where = Where
add-to-calendar = Add to calendar
add-to-google-calendar = Add to Google Calendar
add-to-outlook = Add to Outlook.com
book-another = Book another trial session
success-next = In a moment you will be taken to the next page.
success-continue = Continue
success-stay = Stay on this page
term-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
}
term-hours = { $n ->
    [one] 1 hour
   *[other] { $n } hours
}
term-days = { $n ->
    [one] 1 day
   *[other] { $n } days
}
term-weeks = { $n ->
    [one] 1 week
   *[other] { $n } weeks
}
term-months = { $n ->
    [one] 1 month
   *[other] { $n } months
}
term-years = { $n ->
    [one] 1 year
   *[other] { $n } years
}

## Connect: studio step, weeks, trainer, lead capture

step-studio = Studio
studios-heading = Where would you like to train?
studios-loading = Loading the studios…
studios-failed = The studios could not be loaded.
studios-no-match = No studio matches your search.
studio-search = Search by name, postcode or city
studio-opens-on = Opens on { $date }
studio-closed = Closed at the moment
studio-not-online = No online trial sessions here; please contact the studio.
session-time-heading = Choose a time: { $studio }
week-earlier = Earlier week
week-later = Later week
campaign-label = How did you hear about us?
campaign-none = Please choose (optional)
trainer-choice = I would like a trainer to be with me.
trainer-included = A trainer will be with you.
trainer-yes = With a trainer
trainer-no = On your own
form-failed = The form could not be loaded.
lead-heading = We'll call you
lead-intro = Leave your details and the studio will get in touch to arrange your trial session.
lead-studio = Studio
lead-send = Send
lead-sent-title = Thank you!
lead-sent-body = The studio will get in touch with you soon.

## Confirmation link landing

confirm-checking = Confirming your booking…
confirm-confirmed-title = Your booking is confirmed
confirm-confirmed-body = Thank you! See you at the studio.
confirm-expired-title = This confirmation link has expired
confirm-expired-body = The booking was not confirmed in time and has been cancelled. You are welcome to book a new trial session.
confirm-failed = The booking could not be confirmed.
