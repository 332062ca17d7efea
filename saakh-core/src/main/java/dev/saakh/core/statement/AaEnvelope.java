package dev.saakh.core.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.StatementException.Code;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ReBIT DEPOSIT accounts found inside whatever an AA gateway wrapped them in, rewritten as the
 * ReBIT document {@link RebitDocument} reads: {@code {"customer_id": …, "accounts": [{"Account":
 * {…}}, …]}}.
 *
 * <p>An account is any JSON object with a {@code Profile}, {@code Summary} or {@code Transactions}
 * member, in any letter case; it is searched for through every object and array of the envelope, so
 * these all read without a flag: Setu's lower-case {@code account/profile/summary/transactions} and
 * its FI-data response ({@code {"fips": [{"accounts": [{"data": {"account": …}}]}]}}), Finvu-style
 * {@code {"body": [{"fiObjects": [{…}]}]}}, the ReBIT FI fetch response with decrypted data ({@code
 * {"FI": [{"data": [{…}]}]}}), and xml2js-style JSON of the XML form ({@code {"Account": {"$":
 * {attributes}, "Profile": [{…}], …}}}). An account lacking {@code maskedAccNumber} or {@code
 * linkedAccRef} takes the {@code maskedAccNumber} or {@code linkRefNumber} of the nearest object
 * around it, as the FI fetch response writes them there.
 *
 * <p>Refused: an envelope with no account in it (the message names its top-level keys), and one
 * holding {@code encryptedFI} with no decrypted account beside it.
 */
final class AaEnvelope {
  static final int MAX_DEPTH = 32;

  /** Element names of the ReBIT DEPOSIT schema, by their lower-case spelling. */
  private static final Map<String, String> ELEMENTS =
      Map.of(
          "account", "Account",
          "profile", "Profile",
          "summary", "Summary",
          "transactions", "Transactions",
          "transaction", "Transaction",
          "holders", "Holders",
          "holder", "Holder",
          "pending", "Pending");

  /** The elements ReBIT repeats: always arrays. */
  private static final Set<String> LISTS = Set.of("Holder", "Transaction", "Pending");

  /** Where XML-to-JSON converters put an element's attributes. */
  private static final Set<String> ATTRIBUTES = Set.of("$", "@attributes", "_attributes", "attr");

  /** Where they put an element's text, which no ReBIT DEPOSIT element has. */
  private static final Set<String> TEXTS = Set.of("_", "#text", "$t", "_text");

  private final String source;
  private final ArrayNode accounts = LakeJson.mapper().createArrayNode();

  /**
   * Whether a member of an {@code Account} object is as the streaming reader reads it: not an
   * attribute holder nor text of an XML-to-JSON converter, not an element in another letter case,
   * and not a one-element array of {@code Profile}, {@code Summary} or {@code Transactions}.
   */
  static boolean plainMember(String name, boolean array) {
    String element = ELEMENTS.get(name.toLowerCase(Locale.ROOT));
    return !ATTRIBUTES.contains(name)
        && !TEXTS.contains(name)
        && (name.isEmpty() || name.charAt(0) != '@')
        && (element == null || (element.equals(name) && !(array && !LISTS.contains(name))));
  }

  private AaEnvelope(String source) {
    this.source = source;
  }

  /**
   * The accounts of an envelope as one ReBIT document, with the root's {@code customer_id} if it
   * has one; {@link Code#UNKNOWN_FORMAT} naming what was seen when it holds none.
   */
  static ObjectNode canonical(JsonNode root, String source) {
    AaEnvelope e = new AaEnvelope(source);
    e.walk(root, "$", 0, null, null);
    if (e.accounts.isEmpty()) {
      throw new StatementException(
          Code.UNKNOWN_FORMAT,
          source
              + ": not a statement Saakh reads ("
              + seen(root)
              + ", and no ReBIT account (an object with Profile, Summary or Transactions) inside); "
              + BankStatementFile.ACCEPTED);
    }
    ObjectNode doc = LakeJson.mapper().createObjectNode();
    JsonNode customer = root.path("customer_id");
    if (customer.isValueNode()) {
      doc.set("customer_id", customer);
    }
    doc.set("accounts", e.accounts);
    return doc;
  }

  /** What the root holds, for messages: its top-level keys, or the first element's. */
  static String seen(JsonNode root) {
    if (root.isObject()) {
      return "a JSON object with top-level keys " + keys(root);
    }
    if (root.isArray()) {
      JsonNode first = root.path(0);
      return root.isEmpty()
          ? "an empty JSON array"
          : first.isObject()
              ? "a JSON array whose first element has keys " + keys(first)
              : "a JSON array of " + first.getNodeType().name().toLowerCase(Locale.ROOT);
    }
    return "a JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String keys(JsonNode o) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = o.fieldNames();
    while (it.hasNext() && names.size() < 12) {
      names.add(it.next());
    }
    return (names.isEmpty() ? "(none)" : names.toString()) + (it.hasNext() ? " and more" : "");
  }

  private void walk(JsonNode n, String path, int depth, String masked, String ref) {
    if (depth > MAX_DEPTH) {
      throw new StatementException(
          Code.BAD_RECORD, source + ": " + path + ": nested deeper than " + MAX_DEPTH);
    }
    if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        walk(n.get(i), path + "[" + i + "]", depth + 1, masked, ref);
      }
      return;
    }
    if (!n.isObject()) {
      return;
    }
    if (isAccount(n)) {
      ObjectNode a = normalise(n, path, depth);
      inherit(a, "maskedAccNumber", masked);
      inherit(a, "linkedAccRef", ref);
      accounts.addObject().set("Account", a);
      return;
    }
    String m = value(n, "maskedAccNumber", masked);
    String r = value(n, "linkRefNumber", value(n, "linkedAccRef", ref));
    int before = accounts.size();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      walk(f.getValue(), path + "." + f.getKey(), depth + 1, m, r);
    }
    JsonNode encrypted = n.path("encryptedFI");
    if (accounts.size() == before && encrypted.isTextual() && !encrypted.asText().isBlank()) {
      throw new StatementException(
          Code.BAD_RECORD,
          source
              + ": "
              + path
              + ".encryptedFI: the FI data is still encrypted; give the decrypted ReBIT"
              + " account (Saakh holds no key to decrypt it)");
    }
  }

  private static boolean isAccount(JsonNode o) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String name = ELEMENTS.get(it.next().toLowerCase(Locale.ROOT));
      if ("Profile".equals(name) || "Summary".equals(name) || "Transactions".equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String value(JsonNode o, String field, String otherwise) {
    JsonNode v = o.path(field);
    return v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText() : otherwise;
  }

  private static void inherit(ObjectNode a, String field, String value) {
    JsonNode held = a.path(field);
    if (value != null && (!held.isValueNode() || held.isNull() || held.asText().isBlank())) {
      a.put(field, value);
    }
  }

  /**
   * An element in the ReBIT JSON spelling: element names in their schema case, attributes of an
   * XML-to-JSON converter merged in, one-element arrays of a non-repeated element unwrapped.
   */
  private ObjectNode normalise(JsonNode n, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new StatementException(
          Code.BAD_RECORD, source + ": " + path + ": nested deeper than " + MAX_DEPTH);
    }
    ObjectNode o = LakeJson.mapper().createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String name = f.getKey();
      JsonNode v = f.getValue();
      String element = ELEMENTS.get(name.toLowerCase(Locale.ROOT));
      if (ATTRIBUTES.contains(name) && v.isObject()) {
        v.fields().forEachRemaining(a -> o.set(a.getKey(), a.getValue()));
      } else if (name.length() > 1 && name.charAt(0) == '@' && v.isValueNode()) {
        o.set(name.substring(1), v);
      } else if (TEXTS.contains(name)) {
        continue;
      } else if (element == null || o.has(element)) {
        o.putIfAbsent(name, v);
      } else {
        o.set(element, child(element, v, path + "." + name, depth + 1));
      }
    }
    return o;
  }

  private JsonNode child(String element, JsonNode v, String path, int depth) {
    if (v.isObject()) {
      ObjectNode c = normalise(v, path, depth);
      if (!LISTS.contains(element)) {
        return c;
      }
      ArrayNode a = LakeJson.mapper().createArrayNode();
      a.add(c);
      return a;
    }
    if (!v.isArray()) {
      return v;
    }
    if (!LISTS.contains(element) && v.size() == 1 && v.get(0).isObject()) {
      return normalise(v.get(0), path + "[0]", depth + 1);
    }
    ArrayNode a = LakeJson.mapper().createArrayNode();
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      a.add(e.isObject() ? normalise(e, path + "[" + i + "]", depth + 1) : e);
    }
    return a;
  }
}
