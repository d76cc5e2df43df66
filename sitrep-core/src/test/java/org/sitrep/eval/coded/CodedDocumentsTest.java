package org.sitrep.eval.coded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.JsonRecord;
import org.sitrep.ingest.RawInput;

class CodedDocumentsTest {
  @Test
  void writesOneRecordPerRowWithTextThatTheIngestReadsBackWithItsId() {
    String csv =
        """
        id,EventSnippet,SubType
        7,"Militants stormed Sérou's market, ""witnesses"" said.",ATTACK
        8,,ATTACK
        """;
    CodedFile file = CodedReader.standard().read("case_x", csv);
    StringWriter out = new StringWriter();

    int written = CodedDocuments.write(file, out);

    assertThat(written).as("a row without text makes no document").isEqualTo(1);
    String line = out.toString().strip();
    assertThat(line).doesNotContain("é").contains("\\u00E9");
    JsonRecord record = JsonRecord.parse(line);
    assertThat(record.id()).isEqualTo("case_x:7");
    assertThat(record.metadata().title()).isNull();
    assertThat(record.text()).isEqualTo("Militants stormed Sérou's market, \"witnesses\" said.");
  }

  /**
   * The ingest keeps a record's id as the document's source (the store's own id is a hash of the
   * origin, as for files), and the scorer finds a row's document by that source.
   */
  @Test
  void theIngestKeepsTheRowsDocumentIdAsTheSource() {
    CodedFile file =
        CodedReader.standard()
            .read("case_x", "id,EventSnippet,SubType\n9,Rebels shelled a town.,ATTACK\n");
    StringWriter out = new StringWriter();
    CodedDocuments.write(file, out);
    List<InputItem> items = new ArrayList<>();

    new InputReader(1_000_000)
        .readJsonLines(
            new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)),
            "rows.jsonl",
            items::add);

    assertThat(items).hasSize(1);
    RawInput input = (RawInput) items.get(0);
    assertThat(input.source()).isEqualTo(file.rows().get(0).documentId());
    assertThat(input.origin()).isEqualTo("jsonl:case_x:9");
  }
}
