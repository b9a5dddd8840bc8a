# Türkçe. en.ftl ile aynı mesajlar ve değişkenler.
# Türkçede sayıdan sonra isim tekil kalır; çoğul biçimlere gerek yoktur.

widget-heading = Ücretsiz deneme antrenmanınızı ayırtın
steps-label = Rezervasyon adımları
step-offer = Teklif
step-time = Saat
step-details = Bilgileriniz
step-done = Rezerve edildi
step-completed = tamamlandı
step-current = mevcut adım
popup-close = Kapat
popup-launcher = Ücretsiz deneme ayırt
empty-title = Şu anda rezervasyon yapılacak bir şey yok
empty-body = Şu anda rezervasyona açık deneme antrenmanı yok. Lütfen daha sonra tekrar bakın veya kulüple iletişime geçin.

config-error-title = Bu rezervasyon formu gösterilemiyor
config-error-intro = Bu sayfadaki rezervasyon formu doğru ayarlanmamış. Lütfen kulüple iletişime geçin. Web sitesi geliştiricisi için ayrıntılar:
config-unknown-backend = backend="{ $value }" bilinen bir backend değil. Şunlardan birini kullanın: { $choices }.
config-unknown-mode = mode="{ $value }" bilinen bir mod değil. Şunlardan birini kullanın: { $choices }.
config-missing-attribute = backend="{ $backend }" için { $attribute } özniteliği gerekir.
config-url-scheme = { $attribute }="{ $value }" https:// ile başlamalı (http:// yalnızca localhost için) ya da / ile başlayan bir yol olmalıdır.
config-url-malformed = { $attribute }="{ $value }" geçerli bir URL değil.
config-url-query = { $attribute }="{ $value }" ? veya # içeremez.
config-invalid-id = { $attribute }="{ $value }" pozitif bir tam sayı olmalıdır.
config-url-https-only = { $attribute }="{ $value }" https:// ile başlamalı ya da bu sitede / ile başlayan bir yol olmalıdır.
config-invalid-seconds = { $attribute }="{ $value }" 0 ile 3600 arasında tam sayı olarak saniye olmalıdır.
config-not-for-backend = { $attribute } özniteliğinin backend="{ $backend }" ile etkisi yoktur. Kaldırın.
config-lead-needs-connect = mode="lead" için backend="connect" veya backend="demo" gerekir.
config-empty-heading = heading özniteliği boş. Varsayılan başlığı kullanmak için kaldırın.
config-backend-not-built = Widget'ın bu sürümü backend="{ $backend }" ile çalışamaz. Widget'ı doğru sürümü seçen trial-booking.js ile yükleyin.
config-unknown-flow = flow="{ $value }" bilinen bir rezervasyon akışı değil. Şunlardan birini kullanın: { $choices }.
config-flow-not-for-backend = flow="{ $flow }", backend="{ $backend }" ile çalışmaz.
config-invalid-flag = { $attribute }="{ $value }" boş, "true" veya "false" olmalıdır.
config-unknown-value = { $attribute }="{ $value }" bilinen bir değer değil. Şunlardan birini kullanın: { $choices }.
config-floating-needs-popup = floating-button özniteliği yalnızca display="popup" ile çalışır.
config-invalid-utm-campaigns = utm-campaigns="{ $value }", "utm_source=newsletter:12 utm_campaign=spring:13" gibi kurallardan oluşan bir liste olmalıdır (parametre=değer:kampanya kimliği).
config-misspelled = { $attribute } özniteliği bilinmiyor. { $suggestion } mı demek istediniz?

loading = Yükleniyor…
try-again = Tekrar dene
load-failed = Rezervasyon şu anda kullanılamıyor. Lütfen birazdan tekrar deneyin.
demo-notice = Demo stüdyo: burada hiçbir şey gerçekten rezerve edilmez.
back = Geri
change = Değiştir
optional = isteğe bağlı

offers-heading = Neyi denemek istersiniz?
offers-loading = Teklifler yükleniyor…
offers-failed = Teklifler yüklenemedi.
offer-untitled = Deneme antrenmanı
offer-minutes = { $minutes } dk
offer-class = Grup dersi
offer-appointment = Randevu

time-heading = Bir saat seçin: { $offer }
times-loading = Saatler yükleniyor…
times-failed = Saatler yüklenemedi.
times-none-class = Önümüzdeki iki hafta bu ders için saat yok.
times-none-window = Bu günlerde boş saat yok.
times-next-free = Bir sonraki boş saat: { $when }.
times-show-next-free = { $day } gününü göster
times-none-ahead = Önümüzdeki haftalarda da boş saat yok.
times-call-back = Bu saatlerin hiçbiri bana uymuyor
time-zone-note = Saatler kulübün yerel saatine göredir ({ $zone }).
window-earlier = Önceki günler
window-later = Sonraki günler
window-range = { $from } – { $to }
day-strip-label = Günler
day-free-times = { $day }: { $n } boş saat
day-no-free-times = { $day }: boş saat yok
day-no-times = { $day }: saat yok
slot-spots = { $n } yer kaldı
slot-available = Boş
slot-badge-waiting-list = Bekleme listesi
slot-badge-full = Dolu
slot-badge-opens = Rezervasyon başlangıcı: { $date }
slot-badge-closed = Rezervasyon kapandı
slot-badge-past = Geçti
slot-with = eğitmen: { $names }
offer-not-for-leads = Bu teklif yeni ziyaretçiler tarafından çevrimiçi rezerve edilemez. Deneme antrenmanınızı ayarlamak için lütfen kulüple iletişime geçin.

details-heading = Bilgileriniz
your-choice = Seçiminiz
booking-as = { $name } ({ $email }) olarak rezervasyon yapıyorsunuz.
field-firstname = Ad
field-lastname = Soyad
field-email = E-posta adresi
field-gender = Cinsiyet
gender-choose = Lütfen seçin
gender-female = Kadın
gender-male = Erkek
gender-unisex = Diğer
field-dob = Doğum tarihi
field-phone = Telefon numarası
field-street = Sokak
field-house-number = Bina no.
field-zip = Posta kodu
field-city = Şehir
privacy-consent = Kulübün deneme antrenmanımı ayarlamak için bilgilerimi { $link } açıklandığı şekilde işlemesini kabul ediyorum.
privacy-link = gizlilik politikasında
privacy-consent-plain = Kulübün deneme antrenmanımı ayarlamak için bilgilerimi işlemesini kabul ediyorum.
marketing-legend = Kulüp bana teklif ve haberleri şu yolla gönderebilir:
marketing-email = E-posta
marketing-text-message = SMS
marketing-phone = Telefon araması
marketing-letter = Mektup
error-required = Lütfen bu alanı doldurun.
error-choose = Lütfen bir seçenek seçin.
error-email = Lütfen geçerli bir e-posta adresi girin, örneğin ad@ornek.com.
error-phone = Lütfen en az 6 haneli bir telefon numarası girin.
error-date = Lütfen geçerli bir tarih girin.
error-future = Doğum tarihi gelecekte olamaz.
error-too-young = Deneme antrenmanı ayırtmak için en az { $age } yaşında olmalısınız.
error-zip = Lütfen geçerli bir posta kodu girin.
error-too-long = Bu çok uzun.
error-address-incomplete = Lütfen adresi eksiksiz girin.
error-privacy = Kulübün bilgilerinizi kullanabilmesi için lütfen onay verin.
form-has-errors = Lütfen işaretli alanları düzeltin.
book-now = Hemen ayırt
join-waiting-list = Bekleme listesine katıl
booking-in-progress = Rezervasyon yapılıyor…

lead-invalid = Kulüp bu bilgileri kabul edemedi. Lütfen bilgileri, özellikle e-posta adresini kontrol edin.
lead-duplicate = Bu kulübe zaten kayıtlısınız. Deneme antrenmanınızı ayırtmak için lütfen kulüple iletişime geçin.
lead-unknown = Bilgileriniz şu anda kontrol edilemedi. Lütfen kulüple iletişime geçin.
slot-no-contingent = Bu teklifin sunduğu deneme antrenmanlarını zaten kullandınız. Lütfen kulüple iletişime geçin.
slot-limit-reached = Bu saat bekleme listesi dahil tamamen dolu. Lütfen başka bir saat seçin.
slot-already-booked = Bu saati zaten ayırttınız.
slot-customer-idle = Üyeliğiniz o tarihte dondurulmuş. Lütfen kulüple iletişime geçin.
slot-other-booking = O saatte zaten başka bir rezervasyonunuz var. Lütfen başka bir saat seçin.
slot-display-only = Bu ders çevrimiçi rezerve edilemez. Lütfen kulüple iletişime geçin.
slot-not-yet-open = Bu saat için rezervasyon henüz açılmadı. Lütfen başka bir saat seçin.
slot-closed = Bu saat için rezervasyon kapandı. Lütfen başka bir saat seçin.
slot-studio-closed = Kulüp o saatte kapalı. Lütfen başka bir saat seçin.
slot-not-available = Bu saat rezerve edilemez. Lütfen başka bir saat seçin.
slot-restrictions = Bu randevunun henüz karşılanmayan koşulları var. Lütfen kulüple iletişime geçin.
slot-past = Bu saat zaten başladı. Lütfen başka bir saat seçin.
slot-period-changed = Bu saat bu arada değişti. Lütfen yeniden seçin.
slot-no-resource = O saatte artık boş eğitmen veya salon yok. Lütfen başka bir saat seçin.
booking-canceled = Rezervasyon tamamlanmadı. Lütfen başka bir saat seçin veya kulüple iletişime geçin.
booking-unknown = Rezervasyonun yapılıp yapılmadığını doğrulayamadık. Tekrar rezervasyon yapmadan önce lütfen kulüple iletişime geçin.
error-offline = Bağlantı yok. Lütfen internet bağlantınızı kontrol edip tekrar deneyin.
error-timeout = Kulübün rezervasyon sistemi yanıt vermiyor. Lütfen tekrar deneyin.
error-busy = Şu anda çok fazla kişi rezervasyon yapıyor. Lütfen bir dakika sonra tekrar deneyin.
error-not-answering = Stüdyonun rezervasyon sistemi şu anda yanıt vermiyor. Lütfen birazdan tekrar deneyin.
error-not-found = Bu artık mevcut değil. Lütfen yeniden seçin.
error-conflict = Bu saati az önce başka biri ayırttı. Lütfen başka bir saat seçin.
error-invalid = Bazı bilgileriniz kabul edilmedi. Lütfen kontrol edin.
error-unavailable = Çevrimiçi rezervasyon şu anda kullanılamıyor. Lütfen kulüple iletişime geçin.
error-already-booked = Zaten bir deneme antrenmanı ayırttınız. Değiştirmek isterseniz lütfen kulüple iletişime geçin.
error-active-member = Zaten üyesiniz, bu yüzden deneme antrenmanına ihtiyacınız yok. Tekrar hoş geldiniz!
error-server = Kulübün rezervasyon sisteminde bir sorun oluştu. Lütfen daha sonra tekrar deneyin.
action-fix-details = Bilgilerimi kontrol et
action-choose-time = Başka bir saat seç

done-booked-title = Rezervasyonunuz tamam!
done-booked-body = Kulüpte görüşmek üzere.
done-call-title = Stüdyo bilgilerinizi aldı
done-call-body = Stüdyo, deneme antrenmanınız için bir zaman belirlemek üzere sizi arayacak.
done-confirm-title = Neredeyse bitti: lütfen rezervasyonunuzu onaylayın
done-confirm-body = Kulüp size onay bağlantısı içeren bir e-posta gönderecek. Lütfen başlangıçtan en geç { $term } önce onaylayın, aksi hâlde rezervasyon otomatik olarak iptal edilir.
done-confirm-body-plain = Kulüp size onay bağlantısı içeren bir e-posta gönderecek. Lütfen kısa süre içinde onaylayın, aksi hâlde rezervasyon iptal edilebilir.
done-waiting-title = Bekleme listesindesiniz
done-waiting-body = Ders şu anda dolu. Bir yer açılırsa kulüp size haber verecek.
summary-what = Ne
summary-when = Ne zaman
summary-with = Kiminle
summary-where = Nerede
add-to-calendar = Takvime ekle
add-to-google-calendar = Google Takvim'e ekle
add-to-outlook = Outlook.com'a ekle
book-another = Başka bir deneme antrenmanı ayırt
success-next = Birazdan bir sonraki sayfaya yönlendirileceksiniz.
success-continue = Devam
success-stay = Bu sayfada kal
term-minutes = { $n } dakika
term-hours = { $n } saat
term-days = { $n } gün
term-weeks = { $n } hafta
term-months = { $n } ay
term-years = { $n } yıl

step-studio = Kulüp
studios-heading = Nerede antrenman yapmak istersiniz?
studios-loading = Kulüpler yükleniyor…
studios-failed = Kulüpler yüklenemedi.
studios-no-match = Aramanızla eşleşen kulüp yok.
studio-search = Ada, posta koduna veya şehre göre arayın
studio-opens-on = Açılış: { $date }
studio-closed = Şu anda kapalı
studio-not-online = Burada çevrimiçi deneme antrenmanı yok; lütfen kulüple iletişime geçin.
session-time-heading = Bir saat seçin: { $studio }
week-earlier = Önceki hafta
week-later = Sonraki hafta
campaign-label = Bizi nereden duydunuz?
campaign-none = Lütfen seçin (isteğe bağlı)
trainer-choice = Bana bir eğitmenin eşlik etmesini istiyorum.
trainer-included = Size bir eğitmen eşlik edecek.
trainer-yes = Eğitmenle
trainer-no = Kendi başıma
form-failed = Form yüklenemedi.
lead-heading = Sizi arayalım
lead-intro = Bilgilerinizi bırakın, kulüp deneme antrenmanınızı ayarlamak için sizinle iletişime geçsin.
lead-studio = Kulüp
lead-send = Gönder
lead-sent-title = Teşekkürler!
lead-sent-body = Kulüp kısa süre içinde sizinle iletişime geçecek.

confirm-checking = Rezervasyonunuz onaylanıyor…
confirm-confirmed-title = Rezervasyonunuz onaylandı
confirm-confirmed-body = Teşekkürler! Kulüpte görüşmek üzere.
confirm-expired-title = Bu onay bağlantısının süresi doldu
confirm-expired-body = Rezervasyon zamanında onaylanmadığı için iptal edildi. Dilerseniz yeni bir deneme antrenmanı ayırtabilirsiniz.
confirm-failed = Rezervasyon onaylanamadı.
