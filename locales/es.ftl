# Español. Los mismos mensajes y variables que en.ftl.

widget-heading = Reserva tu clase de prueba gratuita
steps-label = Pasos de la reserva
step-offer = Oferta
step-time = Horario
step-details = Tus datos
step-done = Reservado
step-completed = completado
step-current = paso actual
popup-close = Cerrar
popup-launcher = Reservar clase de prueba
empty-title = Ahora mismo no hay nada que reservar
empty-body = En este momento no hay clases de prueba disponibles. Vuelve a intentarlo más tarde o ponte en contacto con el centro.

config-error-title = No se puede mostrar este formulario de reserva
config-error-intro = El formulario de reserva de esta página no está bien configurado. Ponte en contacto con el centro. Detalles para el desarrollador del sitio web:
config-unknown-backend = backend="{ $value }" no es un backend conocido. Usa uno de estos: { $choices }.
config-unknown-mode = mode="{ $value }" no es un modo conocido. Usa uno de estos: { $choices }.
config-missing-attribute = backend="{ $backend }" necesita el atributo { $attribute }.
config-url-scheme = { $attribute }="{ $value }" debe empezar por https:// (http:// solo para localhost) o ser una ruta que empiece por /.
config-url-malformed = { $attribute }="{ $value }" no es una URL válida.
config-url-query = { $attribute }="{ $value }" no puede contener ? ni #.
config-invalid-id = { $attribute }="{ $value }" debe ser un número entero positivo.
config-url-https-only = { $attribute }="{ $value }" debe empezar por https:// o ser una ruta de este sitio que empiece por /.
config-invalid-seconds = { $attribute }="{ $value }" debe ser un número entero de segundos entre 0 y 3600.
config-not-for-backend = El atributo { $attribute } no tiene efecto con backend="{ $backend }". Elimínalo.
config-lead-needs-connect = mode="lead" necesita backend="connect" o backend="demo".
config-empty-heading = El atributo heading está vacío. Elimínalo para usar el título predeterminado.
config-backend-not-built = Esta versión del widget no puede comunicarse con backend="{ $backend }". Carga el widget con trial-booking.js, que elige la versión adecuada.
config-unknown-flow = flow="{ $value }" no es un proceso de reserva conocido. Usa uno de estos: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" no funciona con backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" debe estar vacío o ser "true" o "false".
config-unknown-value = { $attribute }="{ $value }" no es un valor conocido. Usa uno de estos: { $choices }.
config-floating-needs-popup = El atributo floating-button solo funciona con display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" debe ser una lista de reglas como "utm_source=newsletter:12 utm_campaign=spring:13" (parámetro=valor:ID de campaña).
config-misspelled = El atributo { $attribute } no existe. ¿Querías decir { $suggestion }?

loading = Cargando…
try-again = Reintentar
load-failed = La reserva no está disponible en este momento. Inténtalo de nuevo en un momento.
demo-notice = Estudio de demostración: aquí no se reserva nada de verdad.
back = Atrás
change = Cambiar
optional = opcional

offers-heading = ¿Qué te gustaría probar?
offers-loading = Cargando las ofertas…
offers-failed = No se han podido cargar las ofertas.
offer-untitled = Clase de prueba
offer-minutes = { $minutes } min
offer-class = Clase
offer-appointment = Cita

time-heading = Elige un horario: { $offer }
times-loading = Cargando los horarios…
times-failed = No se han podido cargar los horarios.
times-none-class = No hay horarios para esta clase en las próximas dos semanas.
times-none-window = No hay horarios libres en estos días.
times-next-free = El próximo horario libre es { $when }.
times-show-next-free = Ver { $day }
times-none-ahead = Tampoco hay horarios libres en las próximas semanas.
times-call-back = Ninguno de estos horarios me va bien
time-zone-note = Los horarios están en la hora local del centro ({ $zone }).
window-earlier = Días anteriores
window-later = Días siguientes
window-range = { $from } – { $to }
day-strip-label = Días
day-free-times = { $day }: { $n ->
    [one] { $n } horario libre
   *[other] { $n } horarios libres
}
day-no-free-times = { $day }: sin horarios libres
day-no-times = { $day }: sin horarios
slot-spots = { $n ->
    [one] Queda { $n } plaza
   *[other] Quedan { $n } plazas
}
slot-available = Libre
slot-badge-waiting-list = Lista de espera
slot-badge-full = Completo
slot-badge-opens = Reservas desde el { $date }
slot-badge-closed = Reservas cerradas
slot-badge-past = Finalizado
slot-with = con { $names }
offer-not-for-leads = Los nuevos visitantes no pueden reservar esta oferta en línea. Ponte en contacto con el centro para concertar tu clase de prueba.

details-heading = Tus datos
your-choice = Tu elección
booking-as = Reservas como { $name } ({ $email }).
field-firstname = Nombre
field-lastname = Apellidos
field-email = Correo electrónico
field-gender = Sexo
gender-choose = Elige una opción
gender-female = Mujer
gender-male = Hombre
gender-unisex = Diverso
field-dob = Fecha de nacimiento
field-phone = Teléfono
field-street = Calle
field-house-number = Número
field-zip = Código postal
field-city = Localidad
privacy-consent = Acepto que el centro trate mis datos para organizar mi clase de prueba, tal como se describe en la { $link }.
privacy-link = política de privacidad
privacy-consent-plain = Acepto que el centro trate mis datos para organizar mi clase de prueba.
marketing-legend = El centro puede enviarme ofertas y novedades por
marketing-email = Correo electrónico
marketing-text-message = SMS
marketing-phone = Llamada
marketing-letter = Carta
error-required = Rellena este campo.
error-choose = Elige una opción.
error-email = Introduce un correo electrónico válido, como nombre@ejemplo.com.
error-phone = Introduce un número de teléfono de al menos 6 dígitos.
error-date = Introduce una fecha válida.
error-future = La fecha de nacimiento no puede estar en el futuro.
error-too-young = Debes tener al menos { $age } años para reservar una clase de prueba.
error-zip = Introduce un código postal válido.
error-too-long = El texto es demasiado largo.
error-address-incomplete = Completa la dirección.
error-privacy = Acepta para que el centro pueda usar tus datos.
form-has-errors = Corrige los campos marcados.
book-now = Reservar ahora
join-waiting-list = Apuntarme a la lista de espera
booking-in-progress = Reservando…

lead-invalid = El centro no ha podido aceptar estos datos. Revísalos, sobre todo el correo electrónico.
lead-duplicate = Ya estás registrado en este centro. Ponte en contacto con el centro para reservar tu clase de prueba.
lead-unknown = Ahora mismo no se han podido comprobar tus datos. Ponte en contacto con el centro.
slot-no-contingent = Ya has usado las clases de prueba que permite esta oferta. Ponte en contacto con el centro.
slot-limit-reached = Este horario está completo, lista de espera incluida. Elige otro horario.
slot-already-booked = Ya has reservado este horario.
slot-customer-idle = Tu suscripción está en pausa en esas fechas. Ponte en contacto con el centro.
slot-other-booking = Ya tienes otra reserva a esa hora. Elige otro horario.
slot-display-only = Esta clase no se puede reservar en línea. Ponte en contacto con el centro.
slot-not-yet-open = Todavía no se puede reservar este horario. Elige otro horario.
slot-closed = Las reservas para este horario están cerradas. Elige otro horario.
slot-studio-closed = El centro está cerrado a esa hora. Elige otro horario.
slot-not-available = Este horario no se puede reservar. Elige otro horario.
slot-restrictions = Esta cita tiene requisitos que todavía no se cumplen. Ponte en contacto con el centro.
slot-past = Este horario ya ha empezado. Elige otro horario.
slot-period-changed = Este horario ha cambiado mientras tanto. Vuelve a elegirlo.
slot-no-resource = A esa hora ya no queda ningún entrenador ni sala libre. Elige otro horario.
booking-canceled = La reserva no se ha completado. Elige otro horario o ponte en contacto con el centro.
booking-unknown = No hemos podido confirmar si la reserva se ha hecho. Ponte en contacto con el centro antes de volver a reservar.
error-offline = No hay conexión. Comprueba tu conexión a internet y vuelve a intentarlo.
error-timeout = El sistema de reservas del centro no responde. Vuelve a intentarlo.
error-busy = Ahora mismo hay mucha gente reservando. Vuelve a intentarlo en un minuto.
error-not-answering = El sistema de reservas del estudio no responde en este momento. Inténtalo de nuevo en un momento.
error-not-found = Esto ya no está disponible. Vuelve a elegir.
error-conflict = Otra persona acaba de reservar este horario. Elige otro horario.
error-invalid = Algunos de tus datos no se han aceptado. Revísalos.
error-unavailable = La reserva en línea no está disponible en este momento. Ponte en contacto con el centro.
error-already-booked = Ya has reservado una clase de prueba. Ponte en contacto con el centro si quieres cambiarla.
error-active-member = Ya eres socio, así que no necesitas una clase de prueba. ¡Bienvenido de nuevo!
error-server = Algo ha fallado en el sistema de reservas del centro. Vuelve a intentarlo más tarde.
action-fix-details = Revisar mis datos
action-choose-time = Elegir otro horario

done-booked-title = ¡Reserva hecha!
done-booked-body = Nos vemos en el centro.
done-call-title = El estudio tiene tus datos
done-call-body = El estudio te llamará para acordar una hora para tu sesión de prueba.
done-confirm-title = Casi listo: confirma tu reserva
done-confirm-body = El centro te enviará un correo electrónico con un enlace de confirmación. Confírmala como muy tarde { $term } antes del inicio; si no, la reserva se cancelará automáticamente.
done-confirm-body-plain = El centro te enviará un correo electrónico con un enlace de confirmación. Confírmala pronto; si no, la reserva podría cancelarse.
done-waiting-title = Estás en la lista de espera
done-waiting-body = La clase está completa en este momento. Si queda una plaza libre, el centro te avisará.
summary-what = Qué
summary-when = Cuándo
summary-with = Con
summary-where = Dónde
add-to-calendar = Añadir al calendario
add-to-google-calendar = Añadir a Google Calendar
add-to-outlook = Añadir a Outlook.com
book-another = Reservar otra clase de prueba
success-next = En un momento te llevamos a la página siguiente.
success-continue = Continuar
success-stay = Quedarme en esta página
term-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
term-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
term-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
term-weeks = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
term-months = { $n ->
    [one] { $n } mes
   *[other] { $n } meses
}
term-years = { $n ->
    [one] { $n } año
   *[other] { $n } años
}

step-studio = Centro
studios-heading = ¿Dónde quieres entrenar?
studios-loading = Cargando los centros…
studios-failed = No se han podido cargar los centros.
studios-no-match = Ningún centro coincide con tu búsqueda.
studio-search = Busca por nombre, código postal o localidad
studio-opens-on = Abre el { $date }
studio-closed = Cerrado temporalmente
studio-not-online = Aquí no se pueden reservar clases de prueba en línea; ponte en contacto con el centro.
session-time-heading = Elige un horario: { $studio }
week-earlier = Semana anterior
week-later = Semana siguiente
campaign-label = ¿Cómo nos has conocido?
campaign-none = Elige una opción (opcional)
trainer-choice = Quiero que me acompañe un entrenador.
trainer-included = Te acompañará un entrenador.
trainer-yes = Con entrenador
trainer-no = Por mi cuenta
form-failed = No se ha podido cargar el formulario.
lead-heading = Te llamamos
lead-intro = Déjanos tus datos y el centro se pondrá en contacto contigo para concertar tu clase de prueba.
lead-studio = Centro
lead-send = Enviar
lead-sent-title = ¡Gracias!
lead-sent-body = El centro se pondrá en contacto contigo pronto.

confirm-checking = Confirmando tu reserva…
confirm-confirmed-title = Tu reserva está confirmada
confirm-confirmed-body = ¡Gracias! Nos vemos en el centro.
confirm-expired-title = Este enlace de confirmación ha caducado
confirm-expired-body = La reserva no se confirmó a tiempo y se ha cancelado. Puedes reservar una nueva clase de prueba cuando quieras.
confirm-failed = No se ha podido confirmar la reserva.
