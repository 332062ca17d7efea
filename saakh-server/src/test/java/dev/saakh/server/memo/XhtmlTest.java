package dev.saakh.server.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XhtmlTest {
  @Test
  void everyValueIsEscapedAndTheDocumentIsWellFormed() throws Exception {
    String evil = "<script>alert('x')</script> & \"q\" \u0007";
    Xhtml x = Xhtml.document(evil, "body { }");
    x.leaf("p", evil, "title", evil);
    x.table(List.of(evil), List.of(List.of(Xhtml.num(evil))), "t");
    String doc = x.finish();
    assertThat(doc).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document parsed =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(parsed.getElementsByTagName("p").item(0).getTextContent())
        .isEqualTo(evil.replace('\u0007', '\uFFFD'));
    assertThat(parsed.getElementsByTagName("td").item(0).getAttributes().getNamedItem("class"))
        .isNotNull();
  }

  @Test
  void theMemoOfRealEngineOutputIsWellFormedXhtml() throws Exception {
    String doc = MemoPdf.xhtml(TestingMemo.firstWith("REJECT").memo());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document parsed =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(parsed.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(parsed.getElementsByTagName("h2").getLength()).isGreaterThan(8);
  }
}
