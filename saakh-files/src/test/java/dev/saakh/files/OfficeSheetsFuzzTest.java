package dev.saakh.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.statement.Format;
import dev.saakh.core.statement.StatementException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * No bytes make a workbook reader throw anything but a {@link StatementException}: random bytes
 * behind each magic number, and valid workbooks with bytes flipped or cut.
 */
class OfficeSheetsFuzzTest {
  private static final OfficeSheets SHEETS = new OfficeSheets();
  private static final byte[] XLSX = Workbooks.xlsx(Workbooks.csv(Workbooks.fixture("hdfc.csv")));
  private static final byte[] XLS = Workbooks.xls(Workbooks.csv(Workbooks.fixture("kotak.csv")));

  @Property(tries = 200)
  void randomBytesBehindAMagicNumberAreRefusedOrRead(
      @ForAll("formats") Format format, @ForAll @Size(max = 4096) byte[] tail) {
    byte[] magic = magic(format);
    byte[] b = new byte[magic.length + tail.length];
    System.arraycopy(magic, 0, b, 0, magic.length);
    System.arraycopy(tail, 0, b, magic.length, tail.length);
    assertReadOrRefused(format, b);
  }

  @Property(tries = 300)
  void aWorkbookWithBytesFlippedOrCutIsRefusedOrRead(
      @ForAll boolean xlsx,
      @ForAll @Size(min = 1, max = 8) List<Integer> at,
      @ForAll byte flip,
      @ForAll boolean cut) {
    byte[] b = (xlsx ? XLSX : XLS).clone();
    for (int i : at) {
      b[Math.floorMod(i, b.length)] ^= (byte) (flip | 1);
    }
    if (cut) {
      b = java.util.Arrays.copyOf(b, Math.floorMod(at.get(0), b.length) + 1);
    }
    assertReadOrRefused(xlsx ? Format.BANK_XLSX : Format.BANK_XLS, b);
  }

  private static void assertReadOrRefused(Format format, byte[] b) {
    try {
      int n = 0;
      for (List<String> row : SHEETS.rows("fuzz", format, b)) {
        n += row.size();
      }
      assertThat(n).isNotNegative();
    } catch (StatementException e) {
      assertThat(e.getMessage()).startsWith("fuzz: ").doesNotContain("Exception", "\tat ");
    }
  }

  @Provide
  Arbitrary<Format> formats() {
    return Arbitraries.of(Format.BANK_XLSX, Format.BANK_XLS, Format.BANK_PDF);
  }

  private static byte[] magic(Format f) {
    return switch (f) {
      case BANK_XLSX -> new byte[] {'P', 'K', 3, 4};
      case BANK_XLS -> new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
      default -> "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    };
  }
}
