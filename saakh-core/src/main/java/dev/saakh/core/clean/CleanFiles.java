package dev.saakh.core.clean;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.saakh.core.bank.Transaction;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.lake.LakeLayout;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes one customer's clean result into the lake: {@code clean/ID/<dataset>_clean.ndjson} for
 * every dataset, {@code quarantine/ID/<dataset>.ndjson} and {@code <dataset>_duplicates.ndjson}
 * when there are any, and {@code logs/ID/clean_log.json}. Each folder is written beside its final
 * place and then swapped in, so a failed run never leaves a half-written customer or mixes two
 * runs.
 */
public final class CleanFiles {
  private CleanFiles() {}

  public static void write(LakeLayout lake, CleanResult result) throws IOException {
    String id = result.customerId();
    Path clean = lake.clean(id, Dataset.CUSTOMERS).getParent();
    Path quarantine = lake.quarantine(id, Dataset.CUSTOMERS).getParent();
    Path logs = lake.cleanLog(id).getParent();
    Path cleanTmp = staging(clean);
    Path quarantineTmp = staging(quarantine);
    Path logsTmp = staging(logs);
    for (DatasetResult d : result.datasets().values()) {
      String name = d.dataset().fileName();
      lines(cleanTmp.resolve(name + "_clean.ndjson"), d.clean());
      if (!d.quarantined().isEmpty()) {
        lines(quarantineTmp.resolve(name + ".ndjson"), d.quarantined());
      }
      if (!d.duplicates().isEmpty()) {
        lines(quarantineTmp.resolve(name + "_duplicates.ndjson"), d.duplicates());
      }
    }
    try (Writer w = writer(logsTmp.resolve("clean_log.json"))) {
      LakeJson.mapper().writerWithDefaultPrettyPrinter().writeValue(w, CleanLog.of(result));
    }
    swap(cleanTmp, clean);
    swap(quarantineTmp, quarantine);
    swap(logsTmp, logs);
  }

  /** Writes one record per line with the lake mapping. */
  public static void lines(Path file, List<?> records) throws IOException {
    ObjectWriter json =
        LakeJson.mapper().writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator g = LakeJson.mapper().getFactory().createGenerator(out)) {
      g.setRootValueSeparator(null);
      for (Object r : records) {
        if (r instanceof Transaction t) {
          TransactionJson.write(g, t);
        } else {
          json.writeValue(g, r);
        }
        g.writeRaw('\n');
      }
    }
  }

  /** One record as {@link #lines} writes it, without the newline: the lake's bytes of it. */
  public static String line(Object record) {
    java.io.StringWriter out = new java.io.StringWriter(256);
    try (JsonGenerator g = LakeJson.mapper().getFactory().createGenerator(out)) {
      if (record instanceof Transaction t) {
        TransactionJson.write(g, t);
      } else {
        LakeJson.mapper().writer().writeValue(g, record);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("a record could not be written as JSON", e);
    }
    return out.toString();
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  private static Path staging(Path dir) throws IOException {
    Path tmp = dir.resolveSibling("." + dir.getFileName() + ".staging");
    deleteTree(tmp);
    Files.createDirectories(tmp);
    return tmp;
  }

  private static void swap(Path staged, Path dir) throws IOException {
    boolean empty;
    try (Stream<Path> s = Files.list(staged)) {
      empty = s.findAny().isEmpty();
    }
    deleteTree(dir);
    if (empty) {
      Files.delete(staged);
    } else {
      Files.move(staged, dir, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
