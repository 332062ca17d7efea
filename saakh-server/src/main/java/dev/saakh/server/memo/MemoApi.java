package dev.saakh.server.memo;

import dev.saakh.server.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code …/decisions/{id}/memo.pdf}, {@code memo.xlsx} and {@code kfs.pdf}: downloads, audited. */
@RestController
@RequestMapping(path = "/api/v1/customers/{customerId}/decisions/{decisionId}")
@Tag(name = "memo", description = "A decision's credit memo (PDF, XLSX) and Key Facts Statement")
public class MemoApi {
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_.-]");

  private final MemoService memos;

  public MemoApi(MemoService memos) {
    this.memos = memos;
  }

  @GetMapping("/memo.pdf")
  @Operation(
      summary = "The credit memo as PDF",
      description =
          "Header (customer, policy, consent), the decision (score, reasons, knock-outs, limits,"
              + " offer), the borrower notice of a REJECT, banking, GST with fraud indicators,"
              + " anomalies, bureau, insurance, mutual funds, OCEN and ONDC. Audited as a download.",
      responses =
          @ApiResponse(
              responseCode = "200",
              content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
  public ResponseEntity<byte[]> memoPdf(
      @PathVariable String customerId, @PathVariable String decisionId) {
    byte[] body = memos.memoPdf(Caller.current(), customerId, decisionId);
    return file(body, MediaType.APPLICATION_PDF, customerId, decisionId, "memo.pdf");
  }

  @GetMapping("/memo.xlsx")
  @Operation(
      summary = "The credit memo as an XLSX workbook",
      description =
          "Sheets: Overview, Monthly Analysis, EOD Balances, Transactions (every clean"
              + " transaction), Top Credits, Top Debits, Counterparties, EMIs & Bounces, GST, Fraud,"
              + " Decision and, with an offer, Repayment Schedule. Audited as a download.",
      responses =
          @ApiResponse(
              responseCode = "200",
              content =
                  @Content(
                      mediaType =
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
  public ResponseEntity<byte[]> memoXlsx(
      @PathVariable String customerId, @PathVariable String decisionId) {
    byte[] body = memos.memoXlsx(Caller.current(), customerId, decisionId);
    return file(body, XLSX, customerId, decisionId, "memo.xlsx");
  }

  @GetMapping("/kfs.pdf")
  @Operation(
      summary = "The offer's Key Facts Statement as PDF (404 no-offer on REJECT)",
      responses =
          @ApiResponse(
              responseCode = "200",
              content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE)))
  public ResponseEntity<byte[]> kfsPdf(
      @PathVariable String customerId, @PathVariable String decisionId) {
    byte[] body = memos.kfsPdf(Caller.current(), customerId, decisionId);
    return file(body, MediaType.APPLICATION_PDF, customerId, decisionId, "kfs.pdf");
  }

  /**
   * {@code CUST_MSM_00006-<decision>-memo.pdf}, any character but letters, digits, {@code _.-}
   * dropped.
   */
  static String filename(String customerId, String decisionId, String file) {
    return UNSAFE.matcher(customerId.trim() + "-" + decisionId + "-" + file).replaceAll("");
  }

  private static ResponseEntity<byte[]> file(
      byte[] body, MediaType type, String customerId, String decisionId, String file) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(filename(customerId, decisionId, file))
                .build()
                .toString())
        .cacheControl(CacheControl.noStore())
        .body(body);
  }
}
