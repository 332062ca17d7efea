package dev.saakh.synth.identity;

import dev.saakh.core.customer.Constitution;
import dev.saakh.core.customer.Customer;
import dev.saakh.core.customer.CustomerId;
import dev.saakh.core.customer.Director;
import dev.saakh.core.customer.Segment;
import dev.saakh.synth.catalog.Catalog;
import dev.saakh.synth.catalog.City;
import dev.saakh.synth.random.Rng;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Invents a customer's identity. Names are random combinations, never real people. */
public final class Identity {
  private static final String[] AA_HANDLES = {
    "finvu", "onemoney", "anumati", "camsfinserv", "navi"
  };
  private static final String BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private Identity() {}

  /** The customer record of {@code id}, with directors for an MSME. */
  public static Customer invent(CustomerId id, LocalDate asOf, Rng rng) {
    int cityIndex = rng.nextInt(Catalog.CITIES.size());
    City city = Catalog.CITIES.get(cityIndex);
    String mobile = mobile(rng);
    String handle = mobile + "@" + rng.pick(AA_HANDLES);
    if (id.segment() == Segment.CONSUMER) {
      String name = personName(rng);
      return new Customer(
          id.toString(),
          Segment.CONSUMER,
          name,
          pan(rng, 'P', name),
          mobile,
          email(name, rng),
          handle,
          city.name(),
          city.state(),
          null,
          null,
          null,
          null,
          rng.pick(Catalog.EMPLOYERS),
          asOf.minusYears(rng.between(23, 55)).minusDays(rng.nextInt(365)),
          List.of());
    }
    Constitution constitution = rng.pick(Constitution.values());
    String firm = firmName(rng, constitution);
    char panType =
        constitution == Constitution.PROPRIETORSHIP
            ? 'P'
            : constitution == Constitution.PRIVATE_LIMITED ? 'C' : 'F';
    String pan = pan(rng, panType, firm);
    int directorCount = constitution == Constitution.PROPRIETORSHIP ? 1 : rng.between(2, 3);
    List<Director> directors = new ArrayList<>();
    for (int d = 1; d <= directorCount; d++) {
      String name = personName(rng);
      directors.add(new Director(id + "-D" + d, name, pan(rng, 'P', name), mobile(rng)));
    }
    String gstin = gstin(Catalog.CITY_STATE_CODES.get(cityIndex), pan);
    return new Customer(
        id.toString(),
        Segment.MSME,
        firm,
        pan,
        mobile,
        email(firm, rng),
        handle,
        city.name(),
        city.state(),
        gstin,
        constitution,
        rng.pick(Catalog.INDUSTRIES),
        asOf.minusYears(rng.between(3, 25)).minusDays(rng.nextInt(365)),
        null,
        null,
        directors);
  }

  public static String personName(Rng rng) {
    return rng.pick(Catalog.FIRST_NAMES) + " " + rng.pick(Catalog.LAST_NAMES);
  }

  public static String firmName(Rng rng, Constitution constitution) {
    String suffix =
        switch (constitution) {
          case PRIVATE_LIMITED -> "Pvt Ltd";
          case LLP -> "LLP";
          case PARTNERSHIP -> rng.chance(0.5) ? "& Co" : "";
          case PROPRIETORSHIP -> "";
        };
    String name = rng.pick(Catalog.FIRM_WORDS) + " " + rng.pick(Catalog.FIRM_TRADES);
    return suffix.isEmpty() ? name : name + " " + suffix;
  }

  /** Indian mobile numbers start with 6–9. */
  public static String mobile(Rng rng) {
    return (char) ('6' + rng.nextInt(4)) + rng.digits(9).substring(0, 9);
  }

  /**
   * A well-formed PAN: 3 letters, the holder-type letter, the first letter of the surname (or
   * name), 4 digits and a letter.
   */
  public static String pan(Rng rng, char holderType, String name) {
    String[] words = name.split(" ");
    char initial = Character.toUpperCase(words[words.length - 1].charAt(0));
    if (initial < 'A' || initial > 'Z') {
      initial = 'X';
    }
    return rng.letters(3) + holderType + initial + rng.digits(4) + rng.letters(1);
  }

  /** A GSTIN with a valid check character (GSTN's base-36 weighted checksum). */
  public static String gstin(String stateCode, String pan) {
    String body = stateCode + pan + "1Z";
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      int value = BASE36.indexOf(body.charAt(i)) * (i % 2 == 0 ? 1 : 2);
      sum += value / 36 + value % 36;
    }
    return body + BASE36.charAt((36 - sum % 36) % 36);
  }

  private static String email(String name, Rng rng) {
    String local =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "");
    return local + rng.between(1, 99) + "@example.in";
  }
}
