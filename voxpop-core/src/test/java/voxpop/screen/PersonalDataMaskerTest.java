package voxpop.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataMaskerTest {

  @Test
  void emptyNullAndSingle() {
    assertThat(PersonalDataMasker.mask("")).isEmpty();
    assertThat(PersonalDataMasker.mask(null)).isNull();
    assertThat(PersonalDataMasker.mask("7")).isEqualTo("7");
  }

  @Test
  void textWithoutPersonalDataIsReturnedAsIs() {
    String text = "Когда отремонтируют дорогу на улице Ленина?";
    assertThat(PersonalDataMasker.mask(text)).isSameAs(text);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Мой номер +7 (912) 345-67-89, перезвоните|Мой номер [phone], перезвоните",
        "звоните 8-912-345-67-89|звоните [phone]",
        "тел. 89123456789.|тел. [phone].",
        "тел 8 912 345 67 89 вечером|тел [phone] вечером",
        "+79123456789|[phone]",
        "9123456789|[phone]",
        "городской 345-67-89|городской [phone]",
        "call 09058094597 now|call [phone] now",
        "+44 20 7946 0958|[phone]",
        "пишите ivan.petrov@mail.ru или на a_b@gov.ru.|пишите [email] или на [email].",
        "карта 4111 1111 1111 1111 заблокирована|карта [card] заблокирована",
        "карта 4111111111111111|карта [card]",
        "ул. Ленина, д. 5, кв. 12|ул. Ленина, [address]",
        "по адресу ул. Урицкого 22 проходит труба|по адресу ул. Урицкого [address] проходит труба",
        "дом 12а кв 34, подъезд 2|[address], подъезд 2",
        "проспект Клыкова, д.87, кв.148. тел. 89207029631|проспект Клыкова, [address]. тел. [phone]",
      })
  void masks(String text, String masked) {
    assertThat(PersonalDataMasker.mask(text)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "в 2019 2020 2021 годах",
        "сумма 1 500 000 000 руб",
        "пенсия 15 000 рублей",
        "с 7.01.2021 по 21.01.2021",
        "д. Старый Бузец",
        "карта 4111 1111 1111 1112",
        "код 305000",
        "в доме 5 этажей",
        "ссылка https://ria.ru/20240101/gaz.html",
        "Телеграм @kursk_news",
      })
  void leavesWhatIsNotPersonal(String text) {
    assertThat(PersonalDataMasker.mask(text)).isEqualTo(text);
  }

  @Test
  void luhn() {
    assertThat(ContactFinder.luhn("4111111111111111")).isTrue();
    assertThat(ContactFinder.luhn("4111111111111112")).isFalse();
    assertThat(ContactFinder.luhn("79927398713")).isTrue();
  }
}
