# Русский. Те же сообщения и переменные, что и в en.ftl.

widget-heading = Запишитесь на бесплатную пробную тренировку
steps-label = Шаги записи
step-offer = Предложение
step-time = Время
step-details = Ваши данные
step-done = Готово
step-completed = выполнено
step-current = текущий шаг
popup-close = Закрыть
popup-launcher = Записаться на пробную тренировку
empty-title = Сейчас записаться не на что
empty-body = Сейчас нет пробных тренировок, доступных для записи. Загляните позже или свяжитесь с клубом.

config-error-title = Форму записи нельзя показать
config-error-intro = Форма записи на этой странице настроена неправильно. Пожалуйста, свяжитесь с клубом. Подробности для разработчика сайта:
config-unknown-backend = backend="{ $value }" — неизвестный backend. Используйте один из: { $choices }.
config-unknown-mode = mode="{ $value }" — неизвестный режим. Используйте один из: { $choices }.
config-missing-attribute = Для backend="{ $backend }" нужен атрибут { $attribute }.
config-url-scheme = { $attribute }="{ $value }" должен начинаться с https:// (http:// только для localhost) или быть путём, начинающимся с /.
config-url-malformed = { $attribute }="{ $value }" — некорректный URL.
config-url-query = { $attribute }="{ $value }" не должен содержать ? или #.
config-invalid-id = { $attribute }="{ $value }" должен быть положительным целым числом.
config-url-https-only = { $attribute }="{ $value }" должен начинаться с https:// или быть путём на этом сайте, начинающимся с /.
config-invalid-seconds = { $attribute }="{ $value }" должен быть целым числом секунд от 0 до 3600.
config-not-for-backend = Атрибут { $attribute } не действует при backend="{ $backend }". Удалите его.
config-lead-needs-connect = Для mode="lead" нужен backend="connect" или backend="demo".
config-empty-heading = Атрибут heading пуст. Удалите его, чтобы использовать заголовок по умолчанию.
config-backend-not-built = Эта сборка виджета не работает с backend="{ $backend }". Загружайте виджет через trial-booking.js — он выберет нужную сборку.
config-unknown-flow = flow="{ $value }" — неизвестный сценарий записи. Используйте один из: { $choices }.
config-flow-not-for-backend = flow="{ $flow }" не работает с backend="{ $backend }".
config-invalid-flag = { $attribute }="{ $value }" должен быть пустым, "true" или "false".
config-unknown-value = { $attribute }="{ $value }" — неизвестное значение. Используйте одно из: { $choices }.
config-floating-needs-popup = Атрибут floating-button работает только с display="popup".
config-invalid-utm-campaigns = utm-campaigns="{ $value }" должен быть списком правил вида "utm_source=newsletter:12 utm_campaign=spring:13" (параметр=значение:ID кампании).
config-misspelled = Атрибут { $attribute } неизвестен. Возможно, вы имели в виду { $suggestion }?

loading = Загрузка…
try-again = Повторить
load-failed = Запись сейчас недоступна. Пожалуйста, попробуйте ещё раз через минуту.
demo-notice = Демо-студия: здесь ничего не бронируется по-настоящему.
back = Назад
change = Изменить
optional = необязательно

offers-heading = Что вы хотите попробовать?
offers-loading = Загружаем предложения…
offers-failed = Не удалось загрузить предложения.
offer-untitled = Пробная тренировка
offer-minutes = { $minutes } мин
offer-class = Групповое занятие
offer-appointment = Индивидуальная запись

time-heading = Выберите время: { $offer }
times-loading = Загружаем расписание…
times-failed = Не удалось загрузить расписание.
times-none-class = В ближайшие две недели этого занятия нет в расписании.
times-none-window = В эти дни свободного времени нет.
times-next-free = Ближайшее свободное время: { $when }.
times-show-next-free = Показать { $day }
times-none-ahead = В ближайшие недели свободного времени тоже нет.
times-call-back = Ни одно из этих времён мне не подходит
time-zone-note = Время указано по местному времени клуба ({ $zone }).
window-earlier = Предыдущие дни
window-later = Следующие дни
window-range = { $from } – { $to }
day-strip-label = Дни
day-free-times = { $day }: { $n ->
    [one] { $n } свободное окно
    [few] { $n } свободных окна
    [many] { $n } свободных окон
   *[other] { $n } свободного окна
}
day-no-free-times = { $day }: нет свободного времени
day-no-times = { $day }: нет времени для записи
slot-spots = { $n ->
    [one] Осталось { $n } место
    [few] Осталось { $n } места
    [many] Осталось { $n } мест
   *[other] Осталось { $n } места
}
slot-available = Свободно
slot-badge-waiting-list = Лист ожидания
slot-badge-full = Мест нет
slot-badge-opens = Запись с { $date }
slot-badge-closed = Запись закрыта
slot-badge-past = Завершено
slot-with = тренер: { $names }
offer-not-for-leads = Новые посетители не могут записаться на это предложение онлайн. Свяжитесь с клубом, чтобы договориться о пробной тренировке.

details-heading = Ваши данные
your-choice = Ваш выбор
booking-as = Вы записываетесь как { $name } ({ $email }).
field-firstname = Имя
field-lastname = Фамилия
field-email = Электронная почта
field-gender = Пол
gender-choose = Выберите
gender-female = Женский
gender-male = Мужской
gender-unisex = Другой
field-dob = Дата рождения
field-phone = Номер телефона
field-street = Улица
field-house-number = Номер дома
field-zip = Почтовый индекс
field-city = Город
privacy-consent = Я согласен(на) на обработку моих данных клубом для записи на пробную тренировку, как описано в { $link }.
privacy-link = политике конфиденциальности
privacy-consent-plain = Я согласен(на) на обработку моих данных клубом для записи на пробную тренировку.
marketing-legend = Клуб может присылать мне предложения и новости по
marketing-email = Электронной почте
marketing-text-message = SMS
marketing-phone = Телефону
marketing-letter = Почте (письмом)
error-required = Заполните это поле.
error-choose = Выберите вариант.
error-email = Введите корректный адрес электронной почты, например name@example.com.
error-phone = Введите номер телефона не менее чем из 6 цифр.
error-date = Введите корректную дату.
error-future = Дата рождения не может быть в будущем.
error-too-young = Чтобы записаться на пробную тренировку, вам должно быть не менее { $age } лет.
error-zip = Введите корректный почтовый индекс.
error-too-long = Слишком длинный текст.
error-address-incomplete = Укажите адрес полностью.
error-privacy = Дайте согласие, чтобы клуб мог использовать ваши данные.
form-has-errors = Исправьте отмеченные поля.
book-now = Записаться
join-waiting-list = Встать в лист ожидания
booking-in-progress = Записываем…

lead-invalid = Клуб не смог принять эти данные. Проверьте их, особенно адрес электронной почты.
lead-duplicate = Вы уже зарегистрированы в этом клубе. Свяжитесь с клубом, чтобы записаться на пробную тренировку.
lead-unknown = Сейчас не удалось проверить ваши данные. Пожалуйста, свяжитесь с клубом.
slot-no-contingent = Вы уже использовали пробные тренировки по этому предложению. Пожалуйста, свяжитесь с клубом.
slot-limit-reached = На это время мест нет, включая лист ожидания. Выберите другое время.
slot-already-booked = Вы уже записаны на это время.
slot-customer-idle = В это время ваше членство приостановлено. Пожалуйста, свяжитесь с клубом.
slot-other-booking = На это время у вас уже есть другая запись. Выберите другое время.
slot-display-only = На это занятие нельзя записаться онлайн. Пожалуйста, свяжитесь с клубом.
slot-not-yet-open = Запись на это время ещё не открыта. Выберите другое время.
slot-closed = Запись на это время уже закрыта. Выберите другое время.
slot-studio-closed = В это время клуб закрыт. Выберите другое время.
slot-not-available = На это время записаться нельзя. Выберите другое время.
slot-restrictions = Для этой записи ещё не выполнены все условия. Пожалуйста, свяжитесь с клубом.
slot-past = Это занятие уже началось. Выберите другое время.
slot-period-changed = Это время тем временем изменилось. Выберите его ещё раз.
slot-no-resource = На это время больше нет свободного тренера или зала. Выберите другое время.
booking-canceled = Запись не была завершена. Выберите другое время или свяжитесь с клубом.
booking-unknown = Не удалось проверить, прошла ли запись. Пожалуйста, свяжитесь с клубом, прежде чем записываться снова.
error-offline = Нет соединения. Проверьте подключение к интернету и попробуйте ещё раз.
error-timeout = Система записи клуба не отвечает. Попробуйте ещё раз.
error-busy = Сейчас записывается очень много людей. Попробуйте ещё раз через минуту.
error-not-answering = Система бронирования студии сейчас не отвечает. Пожалуйста, попробуйте ещё раз через минуту.
error-not-found = Это больше недоступно. Выберите заново.
error-conflict = Кто-то только что занял это время. Выберите другое время.
error-invalid = Некоторые ваши данные не были приняты. Проверьте их.
error-unavailable = Онлайн-запись сейчас недоступна. Пожалуйста, свяжитесь с клубом.
error-already-booked = Вы уже записаны на пробную тренировку. Если хотите её изменить, свяжитесь с клубом.
error-active-member = Вы уже член клуба, пробная тренировка вам не нужна. С возвращением!
error-server = В системе записи клуба произошла ошибка. Попробуйте ещё раз позже.
action-fix-details = Проверить мои данные
action-choose-time = Выбрать другое время

done-booked-title = Вы записаны!
done-booked-body = Ждём вас в клубе.
done-call-title = Студия получила ваши данные
done-call-body = Студия позвонит вам, чтобы договориться о времени пробной тренировки.
done-confirm-title = Почти готово: подтвердите запись
done-confirm-body = Клуб пришлёт вам письмо со ссылкой для подтверждения. Подтвердите запись не позднее чем за { $term } до начала, иначе она будет автоматически отменена.
done-confirm-body-plain = Клуб пришлёт вам письмо со ссылкой для подтверждения. Подтвердите запись как можно скорее, иначе она может быть отменена.
done-waiting-title = Вы в листе ожидания
done-waiting-body = Сейчас на занятии нет мест. Если место освободится, клуб сообщит вам.
summary-what = Что
summary-when = Когда
summary-with = С кем
summary-where = Где
add-to-calendar = Добавить в календарь
add-to-google-calendar = Добавить в Google Календарь
add-to-outlook = Добавить в Outlook.com
book-another = Записаться на ещё одну пробную тренировку
success-next = Через мгновение вы перейдёте на следующую страницу.
success-continue = Продолжить
success-stay = Остаться на этой странице
term-minutes = { $n ->
    [one] { $n } минуту
    [few] { $n } минуты
    [many] { $n } минут
   *[other] { $n } минуты
}
term-hours = { $n ->
    [one] { $n } час
    [few] { $n } часа
    [many] { $n } часов
   *[other] { $n } часа
}
term-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
    [many] { $n } дней
   *[other] { $n } дня
}
term-weeks = { $n ->
    [one] { $n } неделю
    [few] { $n } недели
    [many] { $n } недель
   *[other] { $n } недели
}
term-months = { $n ->
    [one] { $n } месяц
    [few] { $n } месяца
    [many] { $n } месяцев
   *[other] { $n } месяца
}
term-years = { $n ->
    [one] { $n } год
    [few] { $n } года
    [many] { $n } лет
   *[other] { $n } года
}

step-studio = Клуб
studios-heading = Где вы хотите тренироваться?
studios-loading = Загружаем клубы…
studios-failed = Не удалось загрузить клубы.
studios-no-match = По вашему запросу клубов не найдено.
studio-search = Поиск по названию, индексу или городу
studio-opens-on = Открытие { $date }
studio-closed = Временно закрыт
studio-not-online = Здесь нельзя записаться на пробную тренировку онлайн; пожалуйста, свяжитесь с клубом.
session-time-heading = Выберите время: { $studio }
week-earlier = Предыдущая неделя
week-later = Следующая неделя
campaign-label = Как вы о нас узнали?
campaign-none = Выберите (необязательно)
trainer-choice = Я хочу, чтобы со мной был тренер.
trainer-included = С вами будет тренер.
trainer-yes = С тренером
trainer-no = Самостоятельно
form-failed = Не удалось загрузить форму.
lead-heading = Мы вам перезвоним
lead-intro = Оставьте свои данные, и клуб свяжется с вами, чтобы договориться о пробной тренировке.
lead-studio = Клуб
lead-send = Отправить
lead-sent-title = Спасибо!
lead-sent-body = Клуб скоро с вами свяжется.

confirm-checking = Подтверждаем вашу запись…
confirm-confirmed-title = Ваша запись подтверждена
confirm-confirmed-body = Спасибо! Ждём вас в клубе.
confirm-expired-title = Срок действия ссылки для подтверждения истёк
confirm-expired-body = Запись не была подтверждена вовремя и отменена. Вы можете записаться на новую пробную тренировку.
confirm-failed = Не удалось подтвердить запись.
