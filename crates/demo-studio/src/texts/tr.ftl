# Türkçe.

config-standard = Deneme antrenmanı
config-confirmation = Onaylı deneme antrenmanı
config-intro = Tanışma randevusu

class-yoga-title = Yoga Flow
class-yoga-category = Beden ve zihin
class-yoga-description = Her seviyeye uygun, sakin ve akıcı bir ders: nefes, denge ve esneme. Mat kulüpte mevcuttur.
class-hiit-title = HIIT Express
class-hiit-category = Kardiyo
class-hiit-description = Güne zinde başlamak için otuz dakikalık interval antrenmanı. Çok ilgi görüyor: erken ayırtın.
class-barbell-title = Halter temelleri
class-barbell-category = Kuvvet
class-barbell-description = Squat, deadlift ve bench press hareketlerini küçük bir grupta güvenle öğrenin. Rezervasyonunuzun e-postayla kısaca onaylanması gerekir.

room-course = Salon 1
room-course-description = Üst katta, soyunma odalarının yanında
room-free-weights = Serbest ağırlık alanı

appointment-intro-title = Eğitmenle tanışma antrenmanı
appointment-intro-category = Kişisel antrenman
appointment-intro-description = Bir eğitmenle bir saat: kulüp turu, hedefleriniz ve ilk antrenman planınız.
appointment-body-check-title = Vücut analizi
appointment-body-check-category = Sağlık
appointment-body-check-description = Vücut kompozisyonu ölçümü ve sonuçlar üzerine kısa bir görüşme.

session-name = Deneme antrenmanı
session-name-coach = Eğitmenli deneme antrenmanı
session-description = Tanıtımlı bir antrenman, ücretsiz ve yükümlülüksüz.
campaign-autumn = Sonbahar kampanyası
campaign-corporate = Kurumsal fitness
newsletter-name = Bülten
newsletter-description = Kulübünüzden haberler ve ipuçları
offers-name = Teklifler
offers-description = Kişiye özel teklifler ve kampanyalar
