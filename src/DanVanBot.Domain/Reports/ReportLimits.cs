namespace DanVanBot.Domain.Reports;

/// <summary>The sizes a report's fields may have; the form and the server use the same numbers.</summary>
public static class ReportLimits
{
    public const int ResultsMaxLength = 4000;
    public const int DifficultiesMaxLength = 4000;
    public const int ProposalsMaxLength = 4000;

    /// <summary>"15/BC-UBND ngày 10/6/2026" or a link to the evidence; longer text is not a reference.</summary>
    public const int DocumentReferenceMaxLength = 500;

    /// <summary>A reason given when a unit head returns a report for changes.</summary>
    public const int ReturnReasonMaxLength = 1000;

    /// <summary>Attachments ("Đính kèm văn bản"): PDF or DOCX of at most 10 MB.</summary>
    public const long AttachmentMaxBytes = 10L * 1024 * 1024;
}
