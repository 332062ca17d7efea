package dev.saakh.core.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.saakh.core.lake.LakeJson;
import dev.saakh.core.statement.StatementException.Code;
import java.io.ByteArrayInputStream;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A ReBIT FI document in XML (the specification's primary form: {@code <Account …><Profile>
 * <Holders><Holder …/></Holders></Profile><Summary …/><Transactions …><Transaction …/>…
 * </Transactions></Account>}) turned into the JSON tree of the same document, so one reader serves
 * both. Attributes become text fields and child elements fields; the elements ReBIT repeats ({@code
 * Holder}, {@code Transaction}, {@code Pending}, {@code Account}) are always arrays, and any other
 * element that repeats becomes one too. Namespaces are ignored (local names). No DTD, no external
 * entity is ever read; nesting deeper than {@value #MAX_DEPTH} is refused.
 */
public final class RebitXml {
  static final int MAX_DEPTH = 32;
  private static final Set<String> LISTS = Set.of("Holder", "Transaction", "Pending", "Account");
  private static final XMLInputFactory FACTORY = factory();

  private RebitXml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /**
   * The document as a JSON tree: {@code {"<root element>": {…}}}. A malformed document is {@link
   * Code#NOT_XML} naming the line and what was wrong.
   */
  static ObjectNode tree(byte[] xml, String source) {
    XMLStreamReader r = null;
    try {
      r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
      while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
        // prolog, comments
      }
      if (!r.isStartElement()) {
        throw new StatementException(Code.NOT_XML, source + ": no XML element in the document");
      }
      String root = r.getLocalName();
      ObjectNode doc = LakeJson.mapper().createObjectNode();
      doc.set(root, element(r, source, 1));
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          throw new StatementException(
              Code.NOT_XML,
              source + ": a second root element <" + r.getLocalName() + "> after </" + root + ">");
        }
      }
      return doc;
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
      throw new StatementException(
          Code.NOT_XML,
          source + ": not well-formed XML" + where + ": " + BankStatementFile.firstLine(clean(e)));
    } catch (RuntimeException e) {
      if (e instanceof StatementException s) {
        throw s;
      }
      throw new StatementException(Code.NOT_XML, source + ": unreadable XML: " + e.getMessage());
    } finally {
      close(r);
    }
  }

  /** Reads the element the reader is at (its start tag) through its end tag. */
  private static ObjectNode element(XMLStreamReader r, String source, int depth)
      throws XMLStreamException {
    if (depth > MAX_DEPTH) {
      throw new StatementException(
          Code.NOT_XML, source + ": elements nested deeper than " + MAX_DEPTH);
    }
    ObjectNode o = LakeJson.mapper().createObjectNode();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      o.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.END_ELEMENT) {
        return o;
      }
      if (e == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        ObjectNode child = element(r, source, depth + 1);
        JsonNode held = o.get(name);
        if (held == null) {
          if (LISTS.contains(name)) {
            o.putArray(name).add(child);
          } else {
            o.set(name, child);
          }
        } else if (held instanceof ArrayNode a) {
          a.add(child);
        } else {
          ArrayNode a = LakeJson.mapper().createArrayNode();
          a.add(held);
          a.add(child);
          o.set(name, a);
        }
      }
    }
    throw new StatementException(Code.NOT_XML, source + ": the document ends inside an element");
  }

  private static String clean(XMLStreamException e) {
    String m = e.getMessage() == null ? "unreadable" : e.getMessage();
    int at = m.indexOf("Message: ");
    return at >= 0 ? m.substring(at + "Message: ".length()) : m;
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // nothing was written; the document was already read or refused
      }
    }
  }

  /** Whether bytes look like XML: the first character after a byte-order mark and blanks is '<'. */
  public static boolean looksLikeXml(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB) {
      i = 3;
    }
    while (i < bytes.length
        && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
      i++;
    }
    return i < bytes.length && bytes[i] == '<';
  }
}
