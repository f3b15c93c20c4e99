package id.cermat.engine.detect;

import static org.assertj.core.api.Assertions.assertThat;

import id.cermat.engine.catalog.SignalKind;
import id.cermat.engine.text.TextNormalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectorsTest {

  private static final TextNormalizer NORMALIZER = TextNormalizer.withDefaultLexicon();
  private static final Detectors DETECTORS = new Detectors(Map.of("USD", 16_000L));

  private static List<Detection> detect(String text) {
    return DETECTORS.detect(NORMALIZER.normalize(text));
  }

  private static List<Detection> detect(String text, SignalKind kind) {
    return detect(text).stream().filter(d -> d.kind() == kind).toList();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # text                                          | kind | span
      NIK saya 3603120508870001 mohon dibantu          | NIK  | 3603120508870001
      nik 3603124508870002 (perempuan: tanggal + 40)   | NIK  | 3603124508870002
      no KK 3603121501200003                           | KK   | 3603121501200003
      KTP: 3603 1205 0887 0001                         | NIK  | 3603 1205 0887 0001
      """)
  void findsNikAndKkNumbersWithAValidStructure(String text, SignalKind kind, String span) {
    List<Detection> found = detect(text, kind);
    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(span);
  }

  @Test
  void readsRegionBirthDateAndGenderOfANik() {
    Detection d = detect("3603124508870002", SignalKind.NIK).get(0);
    assertThat(d.details()).containsExactly("36.03.12", "05-08-87", "P");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # 16 digits that are not a NIK
      no invoice 3603120508870001 sudah dibayar     | transaction word before it
      nomor 9903120508870001                         | province 99 does not exist
      nomor 3600120508870001                         | regency 00
      nomor 3603123208870001                         | day 32
      nomor 3603127208870001                         | day 72 (women's 32)
      nomor 3603120513870001                         | month 13
      nomor 3603123002870001                         | 30 February
      nomor 3603120508870000                         | serial 0000
      nomor 36031205088700012                        | 17 digits
      kode 1234567812345678                          | invoice-like number
      """)
  void refusesSixteenDigitNumbersThatFailTheNikStructure(String text, String why) {
    assertThat(detect(text, SignalKind.NIK)).as(why).isEmpty();
    assertThat(detect(text, SignalKind.KK)).as(why).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      hubungi 081234567890 ya              | 081234567890         | +6281234567890
      WA 0812-3456-7890                    | 0812-3456-7890       | +6281234567890
      WA 0812 3456 789                     | 0812 3456 789        | +628123456789
      telp +62 812 3456 7890               | +62 812 3456 7890    | +6281234567890
      telp +6281234567890                  | +6281234567890       | +6281234567890
      telp 62.812.3456.7890                | 62.812.3456.7890     | +6281234567890
      """)
  void findsMobileNumbersInEveryNotation(String text, String span, String value) {
    List<Detection> found = detect(text, SignalKind.PHONE);
    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(span);
    assertThat(found.get(0).value()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      kantor (021) 5550123
      antrean nomor 0812
      tahun 2024 ada 08 orang
      NIK 3603120508870001
      """)
  void ignoresNumbersThatAreNotMobileNumbers(String text) {
    assertThat(detect(text, SignalKind.PHONE)).isEmpty();
  }

  @Test
  void findsEmailAddresses() {
    String text = "kirim ke budi.santoso@dinas.tangerangkab.go.id, terima kasih";
    List<Detection> found = detect(text, SignalKind.EMAIL);
    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo("budi.santoso@dinas.tangerangkab.go.id");
    assertThat(detect("halo @budi_santoso", SignalKind.EMAIL)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      transfer ke BCA 1234567890 a.n. Budi          | 1234567890     | BCA
      rek mandiri: 123-00-1234567-8                 | 123-00-1234567-8 | MANDIRI
      no rekening 0123456789012 (BRI)               | 0123456789012  | BRI
      no rekening saya 0123456789012 ya             | 0123456789012  | REKENING
      """)
  void findsBankAccountsNearABankName(String text, String span, String bank) {
    List<Detection> found = detect(text, SignalKind.BANK_ACCOUNT);
    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(span);
    assertThat(found.get(0).details()).contains(bank);
  }

  @Test
  void doesNotTakeALoneNumberForABankAccount() {
    assertThat(detect("nomor antrean 1234567890", SignalKind.BANK_ACCOUNT)).isEmpty();
    assertThat(detect("BCA 081234567890", SignalKind.BANK_ACCOUNT)).as("a phone number stays a phone").isEmpty();
  }

  @ParameterizedTest(name = "{0} = {2} rupiah")
  @CsvSource(delimiter = '|', textBlock = """
      gaji Rp 25.000.000 sebulan       | Rp 25.000.000  | 25000000
      cuma Rp25jt kok                  | Rp25jt         | 25000000
      hadiah 100jt                     | 100jt          | 100000000
      rumah 2M cash                    | 2M             | 2000000000
      nilainya 1,5 miliar              | 1,5 miliar     | 1500000000
      cuma 500 ribu                    | 500 ribu       | 500000
      depo 50rb                        | 50rb           | 50000
      parkir Rp 15.000                 | Rp 15.000      | 15000
      harga Rp. 1.250.000,50           | Rp. 1.250.000,50 | 1250000
      tas $5k aja                      | $5k            | 80000000
      USD 1,200 saja                   | USD 1,200      | 19200000
      sekitar 2.5jt                    | 2.5jt          | 2500000
      total 3 juta rupiah              | 3 juta         | 3000000
      """)
  void parsesMoneyAmountsToTheirValue(String text, String span, long idr) {
    List<Detection> found = detect(text, SignalKind.MONEY);
    assertThat(found).hasSize(1);
    assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(span);
    assertThat(found.get(0).amountIdr()).isEqualTo(idr);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      tahun 2024 ramai
      jalan 2 m lebarnya
      nomor 25.000 antrean
      ada 5 orang
      """)
  void aBareNumberIsNotMoney(String text) {
    assertThat(detect(text, SignalKind.MONEY)).isEmpty();
  }

  @Test
  void returnsDetectionsInTextOrder() {
    List<Detection> found = detect("WA 081234567890, gaji Rp 5 juta, NIK 3603120508870001");
    assertThat(found).extracting(Detection::kind)
        .containsExactly(SignalKind.PHONE, SignalKind.MONEY, SignalKind.NIK);
  }
}
